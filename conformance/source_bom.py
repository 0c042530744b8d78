# A UTF-8 byte order mark at the start of a file is not part of the code.
print("after the BOM")
