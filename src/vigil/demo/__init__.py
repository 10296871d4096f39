"""A fictional registry to explore, and the founding report as its first real source."""
