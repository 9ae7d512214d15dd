# openpyxl as a producer: loads a workbook and saves it the way openpyxl writes every part (its own
# styles, inline relationships, docProps), adding a note with an author and a chart (a drawing
# part) on the first sheet: files written by openpyxl with a note or a drawing must read as the original.
# Usage: python3 openpyxl-rewrite.py <in.xlsx> <out.xlsx>
import sys
from openpyxl import load_workbook
from openpyxl.comments import Comment
from openpyxl.chart import BarChart, Reference
wb = load_workbook(sys.argv[1])
ws = wb.worksheets[0]
ws['A1'].comment = Comment('请核对', '会计')
chart = BarChart()
chart.add_data(Reference(ws, min_col=3, min_row=8, max_row=12))
ws.add_chart(chart, 'P2')
wb.save(sys.argv[2])
