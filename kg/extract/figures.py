"""placeholder"""
def figures(doc, *, mentions, gazetteer, statements=None):
    return []
