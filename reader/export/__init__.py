"""The summary as a document to keep or send: PDF (through QtGui, no window), Markdown, HTML."""
