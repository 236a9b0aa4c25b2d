"""Margin's analysis core: files to articles, articles to summaries and quotes. No Qt here."""
