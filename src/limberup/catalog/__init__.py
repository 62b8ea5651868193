"""The curated exercise library as data files, one file per exercise."""
