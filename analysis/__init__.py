"""Research compendium for two papers on 医防融合 (integration of medical treatment and prevention).

Sub-packages:
    analysis.qca      the QCA engine, generic (calibration, set measures, truth tables, minimisation, fit, ESA,
                      configuration charts, robustness protocol, case diagnostics)
    analysis.paper_a  Paper A (Hu et al. 2024): case data, Rainbow-level path types, claims
    analysis.paper_b  Paper B: policy corpus and excerpt layer, coding, reliability, periodisation, claims
    analysis.plots    figures (computing never happens there)
"""
__version__ = "0.2.0"
