"""Ruled tables on scanned pages: found from their rule lines, their words read cell by cell."""
import io

import pytest
from PIL import Image, ImageDraw, ImageFont

from vnadmin.ingest.ocr import parse_tsv
from vnadmin.ingest.ocr_tables import TableGrid, find_table_grid
from vnadmin.pipeline import process_bytes

COLUMNS = (150, 330, 900, 1500, 2300)
ROWS = (600, 760, 1500, 2240)


def _ruled_page(broken: bool = False, grey: int = 0) -> Image.Image:
    """An A4 page at 300 dpi with a ruled table of 4 columns and 3 rows; ``broken`` leaves gaps in every rule (a
    scan's), ``grey`` draws the rules lighter."""
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    for x in COLUMNS:
        draw.line([(x, ROWS[0]), (x + 3, ROWS[-1])], fill=grey, width=3)  # a little skewed
    for y in ROWS:
        draw.line([(COLUMNS[0], y), (COLUMNS[-1], y)], fill=grey, width=3)
    if broken:
        for y in range(ROWS[0], ROWS[-1], 90):
            if all(abs(y - row) > 12 for row in ROWS):
                draw.rectangle([0, y, 2480, y + 5], fill=255)  # gaps of 6 pixels across every column rule
        for y in ROWS:
            for x in range(COLUMNS[0] + 20, COLUMNS[-1] - 20, 70):
                if all(abs(x - column) > 12 for column in COLUMNS):
                    draw.rectangle([x, y - 3, x + 5, y + 3], fill=255)  # gaps in the row rules
    draw.line([(900, 300), (1500, 300)], fill=0, width=3)  # the rule under a header's motto: no table
    return image


@pytest.mark.parametrize("broken, grey", [(False, 0), (True, 0), (False, 150)])
def test_grid_of_a_ruled_table(broken, grey):
    grid = find_table_grid(_ruled_page(broken, grey))
    assert grid is not None
    assert len(grid.columns) == len(COLUMNS) and all(abs(a - b) <= 6 for a, b in zip(grid.columns, COLUMNS))
    assert len(grid.rows) == len(ROWS) and all(abs(a - b) <= 6 for a, b in zip(grid.rows, ROWS))


def test_no_grid_on_a_page_of_text_with_rules():
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    draw.line([(900, 300), (1500, 300)], fill=0, width=3)
    draw.line([(300, 3000), (2200, 3000)], fill=0, width=2)  # a long horizontal rule alone
    draw.line([(1240, 500), (1240, 1200)], fill=0, width=2)  # one vertical rule: no columns
    font = ImageFont.load_default()
    for y in range(500, 3000, 40):
        draw.text((200, y), "Căn cứ Nghị định số 09/2017/NĐ-CP ngày 09/02/2017 của Chính phủ " * 3, fill=0, font=font)
    assert find_table_grid(image) is None


def test_cell_of_a_point():
    grid = TableGrid((100.0, 200.0, 300.0), (10.0, 50.0, 90.0))
    assert grid.cell_of(150, 30) == (0, 0) and grid.cell_of(250, 70) == (1, 1)
    assert grid.cell_of(50, 30) is None and grid.cell_of(150, 95) is None


def _word(line: int, number: int, left: int, top: int, text: str, block: int = 1) -> str:
    return f"5\t1\t{block}\t1\t{line}\t{number}\t{left}\t{top}\t60\t30\t95\t{text}"


def test_table_words_come_out_cell_by_cell():
    """Tesseract makes one line of the words side by side in a row; with the grid, each cell's lines stay
    together, where the table stands among the page's lines."""
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [header, _word(1, 1, 200, 100, "Phụ"), _word(1, 2, 270, 100, "lục"),
            _word(2, 1, 200, 300, "Thông", 2), _word(2, 2, 270, 300, "tư", 2),
            _word(2, 3, 700, 300, "Nghị", 2), _word(2, 4, 770, 300, "định", 2),
            _word(3, 1, 200, 340, "117/2020/TT-BTC", 2), _word(3, 2, 700, 340, "156/2020/NĐ-CP", 2),
            _word(4, 1, 200, 380, "ngày", 2), _word(4, 2, 700, 380, "ngày", 2),
            _word(5, 1, 200, 420, "31/12/2020", 2), _word(5, 2, 700, 420, "30/12/2020", 2),
            _word(6, 1, 200, 900, "Nơi", 3), _word(6, 2, 270, 900, "nhận", 3)]
    grid = TableGrid((150.0, 600.0, 1100.0), (280.0, 460.0))
    page = parse_tsv("\n".join(rows), grid)
    assert page.text == ("Phụ lục\n\nThông tư\n117/2020/TT-BTC\nngày\n31/12/2020\n\nNghị định\n156/2020/NĐ-CP\nngày\n"
                         "30/12/2020\n\nNơi nhận")
    assert page.words == 14
    without = parse_tsv("\n".join(rows)).text
    assert "117/2020/TT-BTC 156/2020/NĐ-CP" in without  # what Tesseract's own lines give


@pytest.mark.slow
def test_scanned_table_keeps_each_citation_with_its_date(dejavu_font):
    """A scanned ruled table whose two columns list instruments over several lines each: every citation comes
    out with its date (without the grid, the dates of the first column fell between the second's words)."""
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(dejavu_font), 42)
    draw.text((300, 200), "Phụ lục", fill=0, font=font)
    draw.text((300, 270), "DANH MỤC VĂN BẢN TIẾP TỤC CÓ HIỆU LỰC", fill=0, font=font)
    columns, rows = (250, 400, 1150, 1900, 2250), (450, 560, 1300, 2040)
    for x in columns:
        draw.line([(x, rows[0]), (x, rows[-1])], fill=0, width=3)
    for y in rows:
        draw.line([(columns[0], y), (columns[-1], y)], fill=0, width=3)
    for x, title in zip(columns, ("TT", "Văn bản", "Văn bản làm căn cứ", "Kết quả")):
        draw.text((x + 20, rows[0] + 30), title, fill=0, font=font)
    cells = [
        (["Thông tư số", "117/2020/TT-BTC", "ngày 31/12/2020", "của Bộ trưởng Bộ", "Tài chính"],
         ["Nghị định số", "156/2020/NĐ-CP", "ngày 30/12/2020", "của Chính phủ"]),
        (["Thông tư số", "58/2021/TT-BTC", "ngày 12/7/2021", "của Bộ trưởng Bộ", "Tài chính"],
         ["Nghị định số", "158/2020/NĐ-CP", "ngày 29/12/2020", "của Chính phủ"]),
    ]
    for row, (left, right) in enumerate(cells):
        top = rows[row + 1] + 30
        draw.text((columns[0] + 40, top), str(row + 1), fill=0, font=font)
        for index, line in enumerate(left):
            draw.text((columns[1] + 25, top + index * 62), line, fill=0, font=font)
        for index, line in enumerate(right):
            draw.text((columns[2] + 25, top + 31 + index * 62), line, fill=0, font=font)  # not level with the left
        draw.text((columns[3] + 25, top), "Phù hợp", fill=0, font=font)
    png = io.BytesIO()
    image.save(png, format="PNG", dpi=(300, 300))
    document = process_bytes(png.getvalue(), "bang.png")
    assert document.status == "ok"
    found = [(c.number, c.date) for c in document.citations]
    assert found == [("117/2020/TT-BTC", "2020-12-31"), ("156/2020/NĐ-CP", "2020-12-30"),
                     ("58/2021/TT-BTC", "2021-07-12"), ("158/2020/NĐ-CP", "2020-12-29")]
