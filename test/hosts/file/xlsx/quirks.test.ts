/**
 * Differential tests on hand-written parts: what Excel and other writers put in files but exceljs's
 * writer never does, and exceljs 4.4's reading quirks, which the lean reader mirrors. Where it does
 * not mirror, it must refuse, so that loadGridsFromBuffer still gives exactly what it gave before.
 */
import { loadGridsFromBuffer } from "../../../../src/hosts/file/buffer";
import { readXlsx, tryReadXlsx, Unsupported } from "../../../../src/hosts/file/xlsx/read";
import { expectSame, oldLoader, oneSheet, outcome, rawXlsx, sheetData, STYLES } from "./helpers";

async function same(bytes: Uint8Array): Promise<void> {
  await expectSame(bytes);
  expect(await outcome(() => loadGridsFromBuffer(bytes, "ds.xlsx"))).toStrictEqual(
    await outcome(() => oldLoader(bytes)),
  );
}

async function fallsBack(bytes: Uint8Array): Promise<void> {
  await expect(readXlsx(bytes)).rejects.toBeInstanceOf(Unsupported);
  expect(await tryReadXlsx(bytes)).toBeNull();
  expect(await outcome(() => loadGridsFromBuffer(bytes, "ds.xlsx"))).toStrictEqual(
    await outcome(() => oldLoader(bytes)),
  );
}

const SST = [
  "<si><t>STT</t></si>",
  '<si><t xml:space="preserve"> Tên &amp; trường </t></si>',
  '<si><r><t>TH </t></r><r><rPr><b/><sz val="11"/></rPr><t>Số 1</t></r></si>',
  '<si><t>Hà Nội</t><rPh sb="0" eb="2"><t>ハノイ</t></rPh><phoneticPr fontId="1"/></si>',
  "<si/>",
  "<si><t/></si>",
  "<si><t>a_x000D_b_x005F_x0041__x00e9_</t></si>",
  "<si><t>dòng\r\n2&#13;&#x41;</t></si>",
  "<si><r><t>_x0041_</t></r><r><rPr><i/></rPr></r><r><t/></r></si>",
  "<si><t>&lt;b&gt;&quot;&apos;</t></si>",
];

describe("lean reader = exceljs path, on hand-written parts", () => {
  it.each<[string, string]>([
    [
      "shared strings: plain, rich, phonetic, empty, escaped, CR/LF",
      sheetData([
        1,
        SST.map((_, i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${i}</v></c>`).join(""),
      ]),
    ],
    [
      "inline strings: plain (no _x escapes decoded), rich (decoded), empty, with whitespace",
      sheetData(
        [
          1,
          '<c r="A1" t="inlineStr"><is><t>Trường &amp; lớp _x0041_</t></is></c><c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t>TH </t></r><r><t>Số_x0031_</t></r></is></c>',
        ],
        [
          2,
          '<c r="A2" t="inlineStr"><is><t/></is></c><c r="B2" t="inlineStr"><is></is></c><c r="C2" t="inlineStr"><is><t xml:space="preserve">  </t></is></c>',
        ],
        [
          3,
          '<c r="A3" t="inlineStr"><is><t>a</t><t>b</t></is></c><c r="B3" t="inlineStr" s="1"><is><t>45000</t></is></c>',
        ],
      ),
    ],
    [
      "formula strings (t=str) are decoded once more, as exceljs does",
      sheetData([
        1,
        '<c r="A1" t="str"><v>a&amp;amp;b &amp;lt;x&amp;gt; &amp;nbsp;</v></c><c r="B1" t="str"><f>A1</f><v>&amp;quot;q&amp;quot;</v></c><c r="C1" t="str"><f>A1</f><v></v></c>',
      ]),
    ],
    [
      "booleans, errors and numbers as exceljs parses them",
      sheetData(
        [
          1,
          '<c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="b"><v>true</v></c><c r="D1" t="b"><v>false</v></c><c r="E1" t="b"><v> 0</v></c>',
        ],
        [
          2,
          '<c r="A2" t="e"><v>#DIV/0!</v></c><c r="B2" t="e"><v>#N/A</v></c><c r="C2" t="n"><v>1.5</v></c><c r="D2"><v>-3</v></c><c r="E2"><v>1e3</v></c><c r="F2"><v> 12</v></c>',
        ],
        [
          3,
          '<c r="A3"><v>abc</v></c><c r="B3"><v></v></c><c r="C3"><v>Infinity</v></c><c r="D3"><v>0x10</v></c><c r="E3"><v>007</v></c><c r="F3"><v>123456789012345678</v></c><c r="G3" t="d"><v>2024-01-10T00:00:00</v></c>',
        ],
        [5, '<c r="A5"><v>1</v><v>2</v></c><c r="B5"><v>1.</v><v>5</v></c>'],
      ),
    ],
    [
      "formulas: cached results, falsy results dropped, uncalculated, empty <f>, array formulas",
      sheetData(
        [
          1,
          '<c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><f>1-1</f><v>0</v></c><c r="C1" t="b"><f>1&gt;2</f><v>0</v></c><c r="D1" t="b"><f>1&lt;2</f><v>1</v></c><c r="E1" t="e"><f>NA()</f><v>#N/A</v></c><c r="F1"><f>NOW()</f></c>',
        ],
        [
          2,
          '<c r="A2"><f></f><v>5</v></c><c r="B2"><f/><v>6</v></c><c r="C2"><f t="array" ref="C2">SUM(A1:B1)</f><v>2</v></c><c r="D2"><f t="array" ref="D2"/><v>3</v></c><c r="E2" t="s"><f>A1</f><v>7</v></c><c r="F2"><f> </f><v>8</v></c>',
        ],
      ),
    ],
    [
      "shared formulas: master, slaves, a slave before its master, an unknown si",
      sheetData(
        [
          1,
          '<c r="A1"><f t="shared" si="1"/><v>9</v></c><c r="B1"><f t="shared" ref="B1:B4" si="0">ROW()*2</f><v>2</v></c>',
        ],
        [2, '<c r="B2"><f t="shared" si="0"/><v>4</v></c><c r="C2"><f t="shared" si="7"/><v>5</v></c>'],
        [
          3,
          '<c r="A3"><f t="shared" ref="A3:A4" si="1">1</f><v>1</v></c><c r="B3"><f t="shared" si="0"/><v>0</v></c>',
        ],
        [
          4,
          '<c r="A4"><f t="shared" si="1"/><v>1</v></c><c r="B4" t="str"><f t="shared" si="0"/><v>x</v></c>',
        ],
      ),
    ],
    [
      "dates: built-in and custom formats, style 0, unknown style, text style, escaped letters",
      sheetData(
        [
          1,
          '<c r="A1" s="1"><v>45300</v></c><c r="B1" s="2"><v>45300.5</v></c><c r="C1" s="3"><v>45300</v></c><c r="D1" s="4"><v>45300.75</v></c><c r="E1" s="5"><v>1</v></c><c r="F1" s="6"><v>45300</v></c>',
        ],
        [
          2,
          '<c r="A2" s="7"><v>45300</v></c><c r="B2" s="8"><v>45300</v></c><c r="C2" s="9"><v>0.5</v></c><c r="D2" s="10"><v>2</v></c><c r="E2" s="0"><v>45300</v></c><c r="F2" s="99"><v>45300</v></c><c r="G2" s=""><v>3</v></c><c r="H2" s="x"><v>4</v></c>',
        ],
        [
          3,
          '<c r="A3" s="1"><v>abc</v></c><c r="B3" s="1"><v>-700000</v></c><c r="C3" s="1"><v>1e12</v></c><c r="D3" s="1" t="s"><v>0</v></c><c r="E3" s="1" t="str"><v>45300</v></c><c r="F3" s="1" t="b"><v>1</v></c>',
        ],
      ),
    ],
    [
      "date-styled formula results: numbers, numeric text, text, booleans, errors, none",
      sheetData(
        [
          1,
          '<c r="A1" s="1"><f>X</f><v>45300</v></c><c r="B1" s="1" t="str"><f>X</f><v>45300</v></c><c r="C1" s="1" t="str"><f>X</f><v>abc</v></c><c r="D1" s="1" t="b"><f>X</f><v>0</v></c><c r="E1" s="1" t="b"><f>X</f><v>1</v></c>',
        ],
        [
          2,
          '<c r="A2" s="1" t="e"><f>X</f><v>#N/A</v></c><c r="B2" s="1"><f>X</f></c><c r="C2" s="1"><f>X</f><v>0</v></c><c r="D2" s="2" t="str"><f>X</f><v> 1e2 </v></c><c r="E2" s="1" t="str"><f>X</f><v>0x10</v></c>',
        ],
      ),
    ],
    [
      "hyperlinks: on text, numbers, dates, formulas, empty styled and unstyled cells; internal ones ignored",
      sheetData(
        [
          1,
          '<c r="A1" t="s"><v>0</v></c><c r="B1"><v>5</v></c><c r="C1" s="1"><v>45300</v></c><c r="D1"><f>1</f><v>0</v></c><c r="E1" t="b"><v>0</v></c><c r="F1" t="s"><v>2</v></c><c r="G1" t="e"><v>#REF!</v></c>',
        ],
        [3, '<c r="A3" s="3"/>'],
        [4, '<c r="A4"/>'],
        [5, '<c r="A5" t="str"><v>nội bộ</v></c>'],
      ) +
        '<hyperlinks><hyperlink ref="A1" r:id="rId1"/><hyperlink ref="B1" r:id="rId1"/><hyperlink ref="C1" r:id="rId2"/><hyperlink ref="D1" r:id="rId1"/><hyperlink ref="E1" r:id="rId1"/><hyperlink ref="F1" r:id="rId1"/><hyperlink ref="G1" r:id="rId1"/>' +
        '<hyperlink ref="A3" r:id="rId1"/><hyperlink ref="A4" r:id="rId1"/><hyperlink ref="A5" location="DS!A1"/><hyperlink ref="Z9" r:id="rId1"/><hyperlink ref="A6:B7" r:id="rId1"/></hyperlinks>',
    ],
    [
      "merges: values under a merge, merges past the data, single-cell and reversed refs",
      sheetData(
        [1, '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1"><v>3</v></c>'],
        [2, '<c r="A2"><v>1</v></c><c r="B2"><v>2</v></c><c r="D2"><v>4</v></c>'],
        [7, '<c r="F7" s="3"/>'],
      ) +
        '<mergeCells count="4"><mergeCell ref="A1:B2"/><mergeCell ref="D2:C1"/><mergeCell ref="E4"/><mergeCell ref="F7:G9"/></mergeCells>',
    ],
    [
      "rows: styled, self-closing, with no counted cell (styled empties only), after the last value",
      `<dimension ref="A1:B2"/><sheetData><row r="1" s="2" customFormat="1"><c r="A1"><v>1</v></c></row><row r="2"/><row r="3"><c r="A3" s="2"/><c r="B3" s="0"/><c r="C3"/></row><row r="5"><c r="Z5"><v>1</v></c></row><row r="9" spans="1:3"><c r="A9" s="1"/></row></sheetData>`,
    ],
    [
      "pretty-printed XML with comments and processing instructions",
      `\n  <!-- đầu -->\n  <sheetPr/>\n  <sheetData>\n    <!-- hàng 1 -->\n    <row r="1">\n      <c r="A1" t="s">\n        <v>0</v>\n      </c>\n      <?pi x?>\n      <c r="B1">\n        <f>1+1</f>\n        <v>2</v>\n      </c>\n    </row>\n  </sheetData>\n  <mergeCells count="1">\n    <mergeCell ref="C1:D1"/>\n  </mergeCells>\n`,
    ],
    [
      "attributes: single quotes, spaces around =, entities, unknown attributes",
      `<sheetData><row r = '1' x14ac:dyDescent="0.25" xmlns:x14ac="urn:x"><c r='A1' t = "s" cm="1"><v>1</v></c><c t="str" r="B1"><v>x</v></c><c r="C1" t="&#115;"><v>2</v></c><c r="D1" s="&#49;"><v>45300</v></c><c r="E1" t="s "><v>3</v></c></row></sheetData>`,
    ],
    [
      "elements exceljs ignores: extLst, conditional formatting, data validation, sheet views",
      `<sheetPr><tabColor rgb="FFFF0000"/></sheetPr><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="2" width="12" customWidth="1"/></cols>${sheetData([1, '<c r="A1"><v>1</v></c>'])}<conditionalFormatting sqref="A1"><cfRule type="cellIs" priority="1" operator="equal"><formula>1</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="list" sqref="B1"><formula1>"a,b"</formula1></dataValidation></dataValidations><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><extLst><ext uri="{x}"><x14:foo xmlns:x14="urn:y"/></ext></extLst>`,
    ],
  ])("%s", async (_title, body) => {
    await same(
      await oneSheet(body, {
        sst: SST,
        parts: { "xl/worksheets/_rels/sheet1.xml.rels": RELS_WITH_LINKS },
      }),
    );
  });

  it("reads sheet order, ids, names decoded twice, hidden states, and skips chart sheets", async () => {
    await same(
      await rawXlsx({
        sheets: [
          { name: "Trang &amp;amp; 1", body: sheetData([1, '<c r="A1"><v>1</v></c>']), sheetId: 5 },
          { name: "Ẩn", body: sheetData([2, '<c r="B2"><v>2</v></c>']), state: "hidden", sheetId: 2 },
          { name: "Rất ẩn", body: "<sheetData/>", state: "veryHidden", sheetId: 9 },
          { name: "Đặc biệt &amp;lt;3", body: sheetData(), sheetId: 3 },
        ],
        extraSheets:
          '<sheet name="Biểu đồ" sheetId="4" r:id="rIdC"/><sheet name="Mất" sheetId="6" r:id="rIdZ"/>',
        extraRels: `<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/>`,
        parts: { "xl/chartsheets/sheet1.xml": '<?xml version="1.0"?><chartsheet/>' },
      }),
    );
  });

  it("reads the 1904 date system only when date1904 is exactly 1", async () => {
    const body = sheetData([1, '<c r="A1" s="1"><v>1000</v></c><c r="B1" s="1"><f>X</f><v>1000.5</v></c>']);
    for (const pr of ['date1904="1"', 'date1904="true"', 'date1904="0"', ""]) {
      await same(await rawXlsx({ sheets: [{ name: "DS", body }], workbookPr: pr }));
    }
  });

  it("reads tables: display name, missing names, bad refs, a repeated name, absolute rel targets", async () => {
    const table = (name: string): string =>
      `<?xml version="1.0" encoding="UTF-8"?><table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ${name}><autoFilter ref="A1:B3"/><tableColumns count="2"><tableColumn id="1" name="A"/><tableColumn id="2" name="B"/></tableColumns></table>`;
    const rels: [string, string, string][] = [
      ["rId1", "table", "../tables/table1.xml"],
      ["rId2", "table", "../tables/table2.xml"],
      ["rId3", "table", "../tables/table3.xml"],
      ["rId4", "table", "../tables/table4.xml"],
      ["rId5", "table", "../tables/table5.xml"],
    ];
    await same(
      await rawXlsx({
        sheets: [
          {
            name: "DS",
            body: `${sheetData([1, '<c r="A1"><v>1</v></c>'])}<tableParts count="5"><tablePart r:id="rId1"/><tablePart r:id="rId2"/><tablePart r:id="rId3"/><tablePart r:id="rId4"/><tablePart r:id="rId5"/></tableParts>`,
            rels,
          },
        ],
        parts: {
          "xl/tables/table1.xml": table('id="1" name="Bang1" displayName="Bảng_1" ref="A1:B3"'),
          "xl/tables/table2.xml": table('id="2" name="Bang2" ref="D1:E3" headerRowCount="0"'),
          "xl/tables/table3.xml": table('id="3" displayName="ChiTen" ref="G1:H3"'),
          "xl/tables/table4.xml": table('id="4" name="Bang4" displayName="Bang4" ref="#REF!"'),
          "xl/tables/table5.xml": table(
            'id="5" name="Bang1" displayName="Lại_1" ref="J1:K3" totalsRowCount="1"',
          ),
          "xl/tables/table6.xml": table('id="6" name="KhongDung" ref="A1:A2"'),
        },
      }),
    );
  });

  it("reads a workbook without shared strings, and without styles when no cell is styled", async () => {
    await same(
      await oneSheet(sheetData([1, '<c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><t>x</t></is></c>']), {
        sst: null,
      }),
    );
    await same(
      await oneSheet(sheetData([1, '<c r="A1"><v>1</v></c><c r="B1" s="0"><v>2</v></c>']), { styles: null }),
    );
    await same(await oneSheet(sheetData([1, '<c r="A1" s="1"><v>45300</v></c>']), { styles: null }));
  });

  it("reads parts stored without compression, with a byte-order mark, or named with a leading slash", async () => {
    const JSZip = (await import("jszip")).default;
    const base = await oneSheet(
      sheetData([1, '<c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45300</v></c>']),
      { sst: SST },
    );
    const zip = await JSZip.loadAsync(base);
    const out = new JSZip();
    for (const [name, file] of Object.entries(zip.files)) {
      if (file.dir) continue;
      let text = await file.async("string");
      if (name === "xl/worksheets/sheet1.xml") text = `\ufeff${text}`;
      out.file(name === "xl/sharedStrings.xml" ? `/${name}` : name, text, { compression: "STORE" });
    }
    await same(await out.generateAsync({ type: "uint8array" }));
  });
});

const RELS_WITH_LINKS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://sonha.edu.vn" TargetMode="External"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="mailto:a@b.vn" TargetMode="External"/>' +
  "</Relationships>";

describe("the lean reader refuses what it does not mirror, and exceljs decides as before", () => {
  // exceljs warns when it truncates a long sheet name.
  beforeAll(() => jest.spyOn(console, "warn").mockImplementation(() => undefined));
  afterAll(() => jest.restoreAllMocks());

  it.each<[string, () => Promise<Uint8Array>]>([
    [
      "rows out of order",
      () => oneSheet(sheetData([2, '<c r="A2"><v>2</v></c>'], [1, '<c r="A1"><v>1</v></c>'])),
    ],
    [
      "a repeated row",
      () => oneSheet(sheetData([1, '<c r="A1"><v>1</v></c>'], [1, '<c r="B1"><v>2</v></c>'])),
    ],
    ["cells out of order", () => oneSheet(sheetData([1, '<c r="B1"><v>2</v></c><c r="A1"><v>1</v></c>']))],
    ["a repeated cell", () => oneSheet(sheetData([1, '<c r="A1"><v>1</v></c><c r="A1"><v>2</v></c>']))],
    ["a cell without r", () => oneSheet(sheetData([1, '<c r="A1"><v>1</v></c><c><v>2</v></c>']))],
    ["a row without r", () => oneSheet('<sheetData><row><c r="A1"><v>1</v></c></row></sheetData>')],
    ["a lower-case cell reference", () => oneSheet(sheetData([1, '<c r="a1"><v>1</v></c>']))],
    ["a sheet named History", () => rawXlsx({ sheets: [{ name: "History", body: sheetData() }] })],
    [
      "a sheet name over 31 characters",
      () => rawXlsx({ sheets: [{ name: "Danh sách trường học đạt chuẩn quốc gia", body: sheetData() }] }),
    ],
    [
      "two sheet names differing only in case",
      () =>
        rawXlsx({
          sheets: [
            { name: "Trường", body: sheetData() },
            { name: "TRƯỜNG", body: sheetData() },
          ],
        }),
    ],
    [
      "overlapping merges",
      () =>
        oneSheet(
          `${sheetData([1, '<c r="A1"><v>1</v></c>'])}<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>`,
        ),
    ],
    [
      "a shared string without a shared strings part",
      () => oneSheet(sheetData([1, '<c r="A1" t="s"><v>0</v></c>']), { sst: null }),
    ],
    [
      "a shared string index out of range",
      () => oneSheet(sheetData([1, '<c r="A1" t="s"><v>5</v></c>']), { sst: ["<si><t>a</t></si>"] }),
    ],
    ["an unknown entity", () => oneSheet(sheetData([1, '<c r="A1" t="str"><v>a&nbsp;b</v></c>']))],
    ["CDATA in a value", () => oneSheet(sheetData([1, '<c r="A1" t="str"><v><![CDATA[x]]></v></c>']))],
    [
      "CDATA in a shared string",
      () =>
        oneSheet(sheetData([1, '<c r="A1" t="s"><v>0</v></c>']), { sst: ["<si><t><![CDATA[x]]></t></si>"] }),
    ],
    [
      "a prefixed namespace",
      () =>
        oneSheet(
          '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>',
        ),
    ],
    [
      "a styled row without cellXfs",
      () =>
        oneSheet('<sheetData><row r="1" s="1"><c r="A1"><v>1</v></c></row></sheetData>', {
          styles:
            '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
        }),
    ],
    [
      "a worksheet part no sheet refers to",
      () =>
        oneSheet(sheetData([1, '<c r="A1"><v>1</v></c>']), {
          parts: { "xl/worksheets/sheet7.xml": '<?xml version="1.0"?><worksheet/>' },
        }),
    ],
    [
      "phonetic text in an inline string",
      () =>
        oneSheet(
          sheetData([1, '<c r="A1" t="inlineStr"><is><t>a</t><rPh sb="0" eb="1"><t>b</t></rPh></is></c>']),
        ),
    ],
    [
      "text and runs in one shared string",
      () =>
        oneSheet(sheetData([1, '<c r="A1" t="s"><v>0</v></c>']), {
          sst: ["<si><t>a</t><r><t>b</t></r></si>"],
        }),
    ],
    [
      "an unknown element in a row",
      () => oneSheet(sheetData([1, '<c r="A1"><v>1</v></c><x/><c r="B1"><v>2</v></c>'])),
    ],
    [
      "a hyperlink without its relationship",
      () =>
        oneSheet(
          `${sheetData([1, '<c r="A1"><v>1</v></c>'])}<hyperlinks><hyperlink ref="A1" r:id="rId9"/></hyperlinks>`,
        ),
    ],
    [
      "a table part without its relationship",
      () =>
        oneSheet(
          `${sheetData([1, '<c r="A1"><v>1</v></c>'])}<tableParts count="1"><tablePart r:id="rId9"/></tableParts>`,
        ),
    ],
    ["mismatched tags", () => oneSheet('<sheetData><row r="1"><c r="A1"><v>1</c></v></row></sheetData>')],
    [
      "no workbook part relationships",
      () =>
        oneSheet(sheetData()).then(async (b) => {
          const JSZip = (await import("jszip")).default;
          const zip = await JSZip.loadAsync(b);
          zip.remove("xl/_rels/workbook.xml.rels");
          return zip.generateAsync({ type: "uint8array" });
        }),
    ],
    [
      "a sheet with sheetId 0",
      () => rawXlsx({ sheets: [{ name: "DS", body: sheetData([1, '<c r="A1"><v>1</v></c>']), sheetId: 0 }] }),
    ],
    [
      "two sheets with one sheetId",
      () =>
        rawXlsx({
          sheets: [
            { name: "A", body: sheetData(), sheetId: 1 },
            { name: "B", body: sheetData(), sheetId: 1 },
          ],
        }),
    ],
    [
      "a numFmt without formatCode",
      () =>
        oneSheet(sheetData([1, '<c r="A1" s="1"><v>1</v></c>']), {
          styles: STYLES.replace('formatCode="dd/mm/yyyy"', ""),
        }),
    ],
  ])("%s", async (_title, make) => {
    await fallsBack(await make());
  });
});

describe("where exceljs itself fails on a part the Grids do not use", () => {
  it("reads the values anyway (the one way the result differs from before: a file that failed now opens)", async () => {
    // A conditional format pointing at a differential style the file does not have: exceljs's
    // reconcile throws on it, so the old loader called the file damaged.
    const bytes = await oneSheet(
      `${sheetData([1, '<c r="A1"><v>1</v></c>'])}<conditionalFormatting sqref="A1"><cfRule type="cellIs" dxfId="0" priority="1" operator="equal"><formula>1</formula></cfRule></conditionalFormatting>`,
    );
    expect(await outcome(() => oldLoader(bytes))).toStrictEqual({ kind: "corrupt" });
    expect(await loadGridsFromBuffer(bytes, "ds.xlsx")).toStrictEqual([
      { sheet: "DS", top: 1, left: 1, cells: [[1]], merges: [], tables: [] },
    ]);
  });
});

describe("files as Excel and LibreOffice write them", () => {
  it("reads an Excel-style workbook: alternate content, defined names, printer settings, calc chain", async () => {
    const X14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac";
    const body =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="${X14AC}" xmlns:xr="urn:xr" xmlns:xr2="urn:xr2" xmlns:xr3="urn:xr3" xr:uid="{00000000-0001-0000-0000-000000000000}">` +
      '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:E6"/>' +
      '<sheetViews><sheetView tabSelected="1" zoomScale="85" workbookViewId="0"><pane ySplit="4" topLeftCell="A5" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="B6" sqref="B6"/></sheetView></sheetViews>' +
      '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="1" max="1" width="5.7109375" customWidth="1"/><col min="2" max="2" width="34" style="1" customWidth="1"/></cols>' +
      "<sheetData>" +
      '<row r="1" spans="1:5" ht="18.75" customHeight="1" x14ac:dyDescent="0.3"><c r="A1" s="2" t="s"><v>0</v></c><c r="B1" s="2"/><c r="C1" s="2"/></row>' +
      '<row r="3" spans="1:5" x14ac:dyDescent="0.25"><c r="A3" s="3" t="s"><v>1</v></c><c r="B3" s="3" t="s"><v>2</v></c><c r="C3" s="3" t="s"><v>3</v></c><c r="D3" s="3" t="s"><v>4</v></c><c r="E3" s="3"/></row>' +
      '<row r="4" spans="1:5" x14ac:dyDescent="0.25"><c r="A4" s="3"/><c r="B4" s="3"/><c r="C4" s="3"/><c r="D4" s="3" t="s"><v>5</v></c><c r="E4" s="3" t="s"><v>6</v></c></row>' +
      '<row r="5" spans="1:5" x14ac:dyDescent="0.25"><c r="A5" s="4" t="s"><v>7</v></c><c r="B5" s="5" t="s"><v>8</v></c><c r="C5" s="6"><v>45301</v></c><c r="D5" s="4"><v>2</v></c><c r="E5" s="4"><f>D5*1000</f><v>2000</v></c></row>' +
      '<row r="6" spans="1:5" x14ac:dyDescent="0.25"><c r="A6" s="4" t="s"><v>9</v></c><c r="B6" s="5" t="s"><v>10</v></c><c r="C6" s="6"><v>45302.5</v></c><c r="D6" s="4"><v>3</v></c><c r="E6" s="4"><f t="shared" ref="E6:E7" si="0">D6*1000</f><v>3000</v></c></row>' +
      '<row r="7" spans="1:5" x14ac:dyDescent="0.25"><c r="E7" s="4"><f t="shared" si="0"/><v>0</v></c></row>' +
      "</sheetData>" +
      '<mergeCells count="4"><mergeCell ref="A1:C1"/><mergeCell ref="A3:A4"/><mergeCell ref="B3:B4"/><mergeCell ref="C3:C4"/></mergeCells>' +
      '<phoneticPr fontId="1" type="noConversion"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
      '<pageSetup paperSize="9" orientation="landscape" r:id="rId1"/>' +
      '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="0" xmlns:xm="urn:xm"/></ext></extLst></worksheet>';
    const sst = [
      "UBND HUYỆN SƠN HÀ",
      "STT",
      "Tên trường",
      "Ngày công nhận",
      "Kết quả",
      "KĐCLGD",
      "CQG",
      "1.",
      "TH Sơn Hà",
      "2.",
      "THCS Hà Thành",
    ].map((t) => `<si><t>${t}</t><phoneticPr fontId="1"/></si>`);
    const styles = STYLES.replace(
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1"/></xf>',
    );
    await same(
      await rawXlsx({
        sheets: [
          {
            name: "Danh sách",
            body,
            rels: [["rId1", "printerSettings", "../printerSettings/printerSettings1.bin"]],
          },
        ],
        sst,
        styles,
        workbookPr: 'defaultThemeVersion="166925"',
        parts: {
          // Excel's own workbook part: alternate content, views, defined names, calc properties.
          "xl/workbook.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="urn:x15" xmlns:xr="urn:xr" xmlns:xr6="urn:xr6" xmlns:xr10="urn:xr10" xmlns:xr2="urn:xr2">' +
            '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr defaultThemeVersion="166925"/>' +
            '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x15"><x15ac:absPath url="C:\\Users\\pgd\\" xmlns:x15ac="urn:x15ac"/></mc:Choice></mc:AlternateContent>' +
            '<xr:revisionPtr revIDLastSave="0" documentId="8_{0}" xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}"/>' +
            '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" xr2:uid="{0}"/></bookViews>' +
            '<sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets>' +
            '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">\'Danh sách\'!$A$3:$E$6</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">\'Danh sách\'!$A$1:$E$7</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">\'Danh sách\'!$3:$4</definedName></definedNames>' +
            '<calcPr calcId="191029"/><extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="urn:x15"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst></workbook>',
          "xl/printerSettings/printerSettings1.bin": new Uint8Array([0, 1, 2, 3, 255, 254]),
          "xl/calcChain.xml":
            '<?xml version="1.0"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="E5" i="1"/></calcChain>',
          "docProps/core.xml":
            '<?xml version="1.0"?><cp:coreProperties xmlns:cp="urn:cp" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Phòng GD&amp;ĐT</dc:creator></cp:coreProperties>',
        },
      }),
    );
  });

  it('reads a LibreOffice-style sheet: explicit t="n", s="0", row attributes, aca formulas', async () => {
    const body =
      '<sheetPr filterMode="false"><pageSetUpPr fitToPage="false"/></sheetPr><dimension ref="A1:C3"/>' +
      '<sheetData><row r="1" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false">' +
      '<c r="A1" s="0" t="s"><v>0</v></c><c r="B1" s="0" t="n"><v>1.5</v></c><c r="C1" s="1" t="n"><v>45300</v></c></row>' +
      '<row r="2" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false">' +
      '<c r="A2" s="0" t="b"><v>1</v></c><c r="B2" s="0" t="n"><f aca="false">B1*2</f><v>3</v></c><c r="C2" s="0" t="str"><f aca="false">A1&amp;"x"</f><v>STTx</v></c></row>' +
      '<row r="3" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"><c r="A3" s="0" t="e"><f aca="false">1/0</f><v>#DIV/0!</v></c></row>' +
      "</sheetData>";
    await same(await oneSheet(body, { sst: SST }));
  });
});
