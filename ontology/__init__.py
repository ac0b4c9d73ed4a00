"""kg's ontology, SHACL shapes and gazetteer, shipped inside the package as kg.ontology (see pyproject.toml)."""
