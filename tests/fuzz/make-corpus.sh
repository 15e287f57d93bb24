#!/bin/bash
# tests/fuzz/make-corpus.sh: (re)writes the seed corpus of the xlsx reader's
# fuzzer in tests/fuzz/corpus.
#
#   tests/fuzz/make-corpus.sh [BUILDDIR]
#
# Hand-made workbooks (Python's zipfile, no other module) cover every kind
# of cell, shared and rich strings, date formats, date1904, hidden sheets,
# prefixed namespaces and absolute targets; most are STORED, so that the
# fuzzer mutates the XML itself (its build does not check the CRC-32).
# With openpyxl, a workbook it wrote; with soffice, that workbook re-saved
# by LibreOffice; with BUILDDIR (a configured build with tests), the two
# workbooks the project's libxlsxwriter wrapper writes in test-xlsx-reader.
# Every file stays well below 20 KB.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out="$here/corpus"
build=${1:-}
mkdir -p "$out"

/usr/bin/python3 - "$out" <<'PYTHON'
import sys, zipfile

out = sys.argv[1]
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
NSR = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

def write(name, parts, method=zipfile.ZIP_STORED):
    with zipfile.ZipFile(f"{out}/{name}", "w") as z:
        for part, text in parts:
            info = zipfile.ZipInfo(part, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = method
            z.writestr(info, text)

def book(sheets, rels, workbook_pr=""):
    return [
        ("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        ("xl/workbook.xml", f'<workbook {NS} {NSR}><workbookPr {workbook_pr}/><sheets>{sheets}</sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels",
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + rels +
         f'<Relationship Id="rId8" Type="{REL}sharedStrings" Target="sharedStrings.xml"/>'
         f'<Relationship Id="rId9" Type="{REL}styles" Target="styles.xml"/></Relationships>'),
    ]

def sheet(data):
    return f'<worksheet {NS}><sheetData>{data}</sheetData></worksheet>'

one = f'<sheet name="Blad1" sheetId="1" r:id="rId1"/>'
one_rel = f'<Relationship Id="rId1" Type="{REL}worksheet" Target="worksheets/sheet1.xml"/>'

styles = (f'<styleSheet {NS}><numFmts count="3"><numFmt numFmtId="164" formatCode="dd-mm-yyyy"/>'
          '<numFmt numFmtId="165" formatCode="[$-413]d mmmm yyyy h:mm"/><numFmt numFmtId="166" formatCode="#,##0 &quot;d&quot;"/></numFmts>'
          '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs></styleSheet>')

sst = (f'<sst {NS} count="4" uniqueCount="4"><si><t>gedeeld</t></si>'
       '<si><r><rPr><b/></rPr><t>vet</t></r><r><t xml:space="preserve"> en </t></r><rPh sb="0" eb="1"><t>x</t></rPh></si>'
       '<si><t>_x000D_regel_x005F_x0041_</t></si><si/></sst>')

cells = ('<row r="1" spans="1:6"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
         '<c r="D1" t="s"><v>9</v></c><c r="E1" t="inlineStr"><is><t>inline</t></is></c><c r="F1" s="1"/></row>'
         '<row r="2"><c r="A2"><v>2.5</v></c><c r="B2" s="1"><v>46336</v></c><c r="C2" s="3"><v>46336.5</v></c>'
         '<c r="D2" s="4"><v>60</v></c><c r="E2" t="b"><v>1</v></c><c r="F2" t="e"><v>#N/A</v></c></row>'
         '<row><c><v>1E-007</v></c><c t="str"><f>A1</f><v>formule</v></c><c t="d"><v>2026-11-10T12:00:00</v></c>'
         '<c><f>SUM(A2)</f></c></row><row r="7"><c r="C7"><v>-0.1</v></c><c r="A7"><v>1</v></c></row>')

core = ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">'
        '<dc:creator>Jan</dc:creator><cp:lastModifiedBy>Piet</cp:lastModifiedBy><dc:title>Proef</dc:title>'
        '<dcterms:modified>2026-11-10T12:00:00Z</dcterms:modified></cp:coreProperties>')

full = book(one, one_rel) + [("xl/worksheets/sheet1.xml", sheet(cells)), ("xl/sharedStrings.xml", sst),
                             ("xl/styles.xml", styles), ("docProps/core.xml", core)]
write("cells-stored.xlsx", full)
write("cells-deflated.xlsx", full, zipfile.ZIP_DEFLATED)
write("date1904.xlsx", book(one, one_rel, 'date1904="1"') +
      [("xl/worksheets/sheet1.xml", sheet(cells)), ("xl/sharedStrings.xml", sst), ("xl/styles.xml", styles)])
write("minimal.xlsx", book(one, one_rel) + [("xl/worksheets/sheet1.xml", sheet('<row><c><v>1</v></c></row>'))])

three = ('<sheet name="Een" sheetId="1" r:id="rId1"/><sheet name="Twee" sheetId="2" state="hidden" r:id="rId2"/>'
         '<sheet name="Drie" sheetId="3" state="veryHidden" r:id="rId3"/>')
three_rels = (one_rel + f'<Relationship Id="rId2" Type="{REL}worksheet" Target="/xl/worksheets/sheet2.xml"/>'
              f'<Relationship Id="rId3" Type="{REL}worksheet" Target="../xl/worksheets/sheet1.xml"/>')
prefixed = ('<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>'
            '<x:row r="3"><x:c r="B3" t="inlineStr"><x:is><x:r><x:t>a</x:t></x:r><x:r><x:t>b</x:t></x:r></x:is></x:c>'
            '</x:row></x:sheetData></x:worksheet>')
write("sheets.xlsx", book(three, three_rels) +
      [("xl/worksheets/sheet1.xml", sheet(cells)), ("xl/worksheets/sheet2.xml", prefixed), ("xl/sharedStrings.xml", sst)])
PYTHON

if /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then
  /usr/bin/python3 - "$out/openpyxl.xlsx" <<'PYTHON'
import sys, datetime, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Gegevens"
ws["A1"] = "Naam"; ws["B1"] = 2.5; ws["C1"] = datetime.datetime(2026, 11, 10, 12, 0)
ws["D1"] = True; ws["E1"] = "=B1*2"; ws["A4"] = "  spatie"
wb.create_sheet("Verborgen").sheet_state = "hidden"
wb.save(sys.argv[1])
PYTHON
  if command -v soffice >/dev/null; then
    tmp=$(mktemp -d)
    soffice --headless --norestore "-env:UserInstallation=file://$tmp/profile" \
      --convert-to xlsx --outdir "$tmp" "$out/openpyxl.xlsx" >/dev/null 2>&1 &&
      cp "$tmp/openpyxl.xlsx" "$out/libreoffice.xlsx"
    rm -rf "$tmp"
  fi
fi

if [ -n "$build" ] && [ -x "$build/tests/test-xlsx-reader" ]; then
  TAFEL_WRITE_CORPUS="$out" G_TEST_SRCDIR="$here/.." \
    "$build/tests/test-xlsx-reader" -p /xlsx-reader/libxlsxwriter/shared-strings \
    -p /xlsx-reader/libxlsxwriter/inline-strings >/dev/null
fi

ls -l "$out"
