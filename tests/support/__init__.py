"""Support shared by the tests and the benchmarks (``bench/``), not part of the product."""
