"""Research compendium for two papers on 医防融合 (integration of medical treatment and prevention).

Sub-packages:
    analysis.qca     the QCA engine (calibration, set measures, truth tables, minimisation, fit)
    analysis.policy  the policy corpus (loading, coding, periodisation, reliability)
    analysis.plots   figures (computing never happens there)
"""
__version__ = "0.1.0"
