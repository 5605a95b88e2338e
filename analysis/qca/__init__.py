"""The QCA engine (being built; see the helpers' modules)."""
