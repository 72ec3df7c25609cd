"""Builds the broken workbooks of Tests/Corpus/sheets that are binary or too large to keep:
`python3 make-zip.py NAME` writes the file to standard output (the `python "NAME"` line of a
.recipe). The ZIP records follow APPNOTE.TXT 6.3 §4.3; sizes are given where they may lie."""
import io
import struct
import sys
import zipfile
import zlib


def records(name, data, size, crc, method=8, offset=0):
    """A local file header with its data, and the central directory record pointing at it."""
    encoded = name.encode()
    local = struct.pack('<IHHHHHIIIHH', 0x04034B50, 20, 0, method, 0, 0x21, crc, len(data), size, len(encoded), 0)
    central = struct.pack('<IHHHHHHIIIHHHHHII', 0x02014B50, 20, 20, 0, method, 0, 0x21, crc, len(data), size,
                          len(encoded), 0, 0, 0, 0, 0, offset)
    return local + encoded + data, central + encoded


def archive(entries):
    """entries: (name, compressed data, stated size, crc) in order."""
    out, directory = b'', b''
    for name, data, size, crc in entries:
        local, central = records(name, data, size, crc, offset=len(out))
        out += local
        directory += central
    end = struct.pack('<IHHHHIIH', 0x06054B50, 0, 0, len(entries), len(entries), len(directory), len(out), 0)
    return out + directory + end


def zeros(megabytes):
    """Raw DEFLATE of that many megabytes of zeros, built from one compressed megabyte: after a
    full flush the compressor starts afresh, so every megabyte compresses to the same bytes."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(bytes(1 << 20)) + compressor.flush(zlib.Z_FULL_FLUSH)
    return block * megabytes + compressor.flush()


def python_zip(files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, text in files:
            z.writestr(name, text)
    return buffer.getvalue()


def build(name):
    if name == 'zip-bomb':
        # 2 MB that inflate to 2 GB, and say so.
        return archive([('xl/workbook.xml', zeros(2048), 2048 << 20, 0)])
    if name == 'zip-bomb-lying':
        # The same 2 GB, stated as 1000 bytes.
        return archive([('xl/workbook.xml', zeros(2048), 1000, 0)])
    if name == 'dot-dot':
        return python_zip([('xl/workbook.xml', '<workbook/>'), ('../../evil.xml', 'x')])
    if name == 'lying-directory':
        data = bytearray(python_zip([('xl/workbook.xml', '<workbook/>')]))
        # The end record's directory offset, pointed past the end of the file.
        struct.pack_into('<I', data, len(data) - 6, len(data) * 2)
        return bytes(data)
    if name == 'deep-nesting':
        return python_zip([('xl/workbook.xml', '<a>' * 100000 + '</a>' * 100000)])
    if name == 'february-29-1900':
        import openpyxl  # Debian: python3-openpyxl
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = '台账'
        sheet.append(['编号', '开展谈话的党委', '谈话类型', '谈话对象单位', '被谈话人', '谈话人', '谈话日期'])
        sheet.append(['X-1', 'jd', 'regular', 'ap', 'p-wu', 'p-zhou', 60])
        sheet.append(['X-2', 'jd', 'regular', 'ap', 'p-wu', 'p-zhou', 3000000])
        sheet['G2'].number_format = 'yyyy-mm-dd'
        sheet['G3'].number_format = 'yyyy-mm-dd'
        buffer = io.BytesIO()
        book.save(buffer)
        return buffer.getvalue()
    if name == 'enormous-date-serial':
        # An ID card's 18 digits pasted into a date column (Excel keeps 15 of them), and numbers
        # beyond any Int: each a date serial that is no day, never a trap.
        import openpyxl  # Debian: python3-openpyxl
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = '台账'
        sheet.append(['编号', '开展谈话的党委', '谈话类型', '谈话对象单位', '被谈话人', '谈话人', '谈话日期'])
        for i, serial in enumerate([3.30102199001011e17, -1e20, 1e300]):
            sheet.append(['X-%d' % i, 'jd', 'regular', 'ap', 'p-wu', 'p-zhou', serial])
            sheet['G%d' % (i + 2)].number_format = 'yyyy"年"m"月"d"日"'
        buffer = io.BytesIO()
        book.save(buffer)
        return buffer.getvalue()
    if name == 'truncated':
        return python_zip([('xl/workbook.xml', '<workbook/>' * 100)])[:150]
    raise SystemExit('unknown: ' + name)


sys.stdout.buffer.write(build(sys.argv[1]))
