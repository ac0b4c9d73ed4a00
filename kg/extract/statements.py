"""placeholder"""
def statements(doc, *, mentions, gazetteer):
    return []
