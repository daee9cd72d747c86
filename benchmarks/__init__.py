"""Speed and memory benchmarks for ``statements`` (not part of the test suite).

Run ``python -m benchmarks.run --n 10000`` from the checkout; see ``benchmarks/README.md``.
"""
