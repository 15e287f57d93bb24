/* tafel-xlsx-reader-sheet.c: the cells of one worksheet
 *
 * A sheet keeps its cells in one array sorted by row and column, with an
 * index of the rows that have cells: a lookup is two binary searches, and
 * nothing is allocated for the empty part of a sheet, however far its
 * cells are apart. Text lives in a GStringChunk; shared strings point into
 * the book's.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tafel-error.h"
#include "tafel-xlsx-reader-private.h"

/* Serial 1 in the 1904 date system is serial 1463 in the 1900 system. */
#define OFFSET_1904     1462.0
#define SHOWN_REF_CHARS 24

typedef struct {
  guint32 row;
  guint32 first;   /* index in cells */
  guint32 n;
} RowSpan;

struct _TafelXlsxReadSheet
{
  TafelXlsxBook *book;
  GArray        *cells;   /* TafelXlsxCell, by row, then column */
  GArray        *rows;    /* RowSpan, by row */
  GStringChunk  *text;
  guint32        n_rows;
  guint16        n_cols;
};

typedef enum {
  KIND_NUMBER,
  KIND_SHARED,
  KIND_STR,
  KIND_INLINE,
  KIND_BOOL,
  KIND_ERROR,
  KIND_DATE,
  KIND_UNKNOWN,
} ValueKind;

typedef struct {
  TafelXlsxBook      *book;
  TafelXlsxSheetInfo *info;
  TafelXlsxReadSheet     *sheet;
  TafelXlsxXml       *xml;
  gboolean            sorted;
  guint32             row;      /* of the current <row> */
  guint32             col;      /* of the previous cell in it */
  GString            *value;    /* <v> */
  GString            *inline_text;
} Parser;

/* ---- references ----------------------------------------------------------- */

static gboolean
refuse_ref (Parser     *p,
            TafelXlsxRef    check,
            const char *ref,
            GError    **error)
{
  g_autofree char *shown = NULL;

  if (g_utf8_strlen (ref, -1) > SHOWN_REF_CHARS)
    {
      g_autofree char *start = g_utf8_substring (ref, 0, SHOWN_REF_CHARS);

      shown = g_strconcat (start, "…", NULL);
    }
  else
    shown = g_strdup (ref);

  if (check == TAFEL_XLSX_REF_BEYOND)
    g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                 _("“%s” is refused: the sheet “%s” has a cell beyond XFD1048576 (“%s”)."),
                 p->book->display, p->info->name, shown);
  else
    g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                 _("“%s” is damaged: the sheet “%s” has a cell with the invalid reference “%s”."),
                 p->book->display, p->info->name, shown);
  return FALSE;
}

/* ---- cells --------------------------------------------------------------- */

static void
add_cell (Parser        *p,
          guint32        row,
          guint32        col,
          TafelCellType  type,
          double         number,
          const char    *text)
{
  GArray *cells = p->sheet->cells;
  TafelXlsxCell cell = { row, (guint16) col, type, number, text };

  if (cells->len > 0)
    {
      const TafelXlsxCell *last = &g_array_index (cells, TafelXlsxCell, cells->len - 1);

      if (row < last->row || (row == last->row && col <= last->col))
        p->sorted = FALSE;
    }
  g_array_append_val (cells, cell);
}

static const char *
keep (Parser     *p,
      const char *text)
{
  return g_string_chunk_insert (p->sheet->text, text);
}

static ValueKind
value_kind (const char *t)
{
  static const struct { const char *t; ValueKind kind; } kinds[] = {
    { "n", KIND_NUMBER }, { "s", KIND_SHARED }, { "str", KIND_STR }, { "inlineStr", KIND_INLINE },
    { "b", KIND_BOOL }, { "e", KIND_ERROR }, { "d", KIND_DATE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (t, kinds[i].t))
      return kinds[i].kind;
  return KIND_UNKNOWN;
}

static void
store_number (Parser     *p,
              guint32     row,
              guint32     col,
              const char *v,
              gboolean    date_style)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  double value;

  if (!_tafel_xlsx_parse_number (v, &value))
    {
      add_cell (p, row, col, TAFEL_CELL_ERROR, 0, "#VALUE!");
      return;
    }
  if (date_style)
    {
      double serial = p->book->date1904 ? value + OFFSET_1904 : value;

      if (_tafel_xlsx_serial_to_iso (serial, buf, sizeof buf))
        {
          add_cell (p, row, col, TAFEL_CELL_DATE, serial, keep (p, buf));
          return;
        }
    }
  _tafel_xlsx_format_number (value, buf, sizeof buf);
  add_cell (p, row, col, TAFEL_CELL_NUMBER, value, keep (p, buf));
}

/* One cell from its <v> or <is>: nothing is stored for an empty one. */
static void
store_value (Parser   *p,
             guint32   row,
             guint32   col,
             ValueKind kind,
             gboolean  date_style,
             gboolean  has_value)
{
  TafelXlsxBook *book = p->book;
  char *v = p->value->str;
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  guint64 index;
  double serial;

  if (kind == KIND_INLINE)
    {
      if (p->inline_text->len > 0)
        add_cell (p, row, col, TAFEL_CELL_STRING, 0, keep (p, p->inline_text->str));
      else if (has_value && *v != '\0')
        add_cell (p, row, col, TAFEL_CELL_STRING, 0, keep (p, v));
      return;
    }
  if (kind == KIND_STR)
    {
      _tafel_xlsx_decode_escapes (p->value);
      if (p->value->len > 0)
        add_cell (p, row, col, TAFEL_CELL_STRING, 0, keep (p, p->value->str));
      return;
    }

  v = g_strstrip (v);
  if (*v == '\0')
    return;

  switch (kind)
    {
    case KIND_SHARED:
      if (!g_ascii_string_to_unsigned (v, 10, 0, G_MAXUINT32, &index, NULL) || index >= book->sst->len)
        add_cell (p, row, col, TAFEL_CELL_ERROR, 0, "#REF!");
      else if (*(const char *) g_ptr_array_index (book->sst, index) != '\0')
        add_cell (p, row, col, TAFEL_CELL_STRING, 0, g_ptr_array_index (book->sst, index));
      break;
    case KIND_BOOL:
      if (g_str_equal (v, "1") || g_str_equal (v, "true"))
        add_cell (p, row, col, TAFEL_CELL_BOOL, 1, "TRUE");
      else if (g_str_equal (v, "0") || g_str_equal (v, "false"))
        add_cell (p, row, col, TAFEL_CELL_BOOL, 0, "FALSE");
      else
        add_cell (p, row, col, TAFEL_CELL_ERROR, 0, "#VALUE!");
      break;
    case KIND_ERROR:
      add_cell (p, row, col, TAFEL_CELL_ERROR, 0, keep (p, v));
      break;
    case KIND_DATE:
      if (_tafel_xlsx_iso_to_serial (v, &serial) && _tafel_xlsx_serial_to_iso (serial, buf, sizeof buf))
        add_cell (p, row, col, TAFEL_CELL_DATE, serial, keep (p, buf));
      else
        add_cell (p, row, col, TAFEL_CELL_ERROR, 0, "#VALUE!");
      break;
    case KIND_NUMBER:
      store_number (p, row, col, v, date_style);
      break;
    case KIND_UNKNOWN:
    case KIND_STR:
    case KIND_INLINE:
    default:
      add_cell (p, row, col, TAFEL_CELL_ERROR, 0, "#VALUE!");
      break;
    }
}

/* Reads <c> up to its end. */
static gboolean
read_cell (Parser  *p,
           GError **error)
{
  xmlTextReader *reader = p->xml->reader;
  ValueKind kind = KIND_NUMBER;
  TafelXlsxRef check = TAFEL_XLSX_REF_OK;
  g_autofree char *bad_ref = NULL;
  gboolean has_ref = FALSE, has_value = FALSE, date_style = FALSE;
  guint32 row = p->row, col = 0;
  int depth;

  while (xmlTextReaderMoveToNextAttribute (reader) == 1)
    {
      const char *name = (const char *) xmlTextReaderConstLocalName (reader);
      const char *value = (const char *) xmlTextReaderConstValue (reader);
      guint64 style;

      if (name == NULL || value == NULL || xmlTextReaderConstNamespaceUri (reader) != NULL)
        continue;
      if (g_str_equal (name, "r"))
        {
          has_ref = TRUE;
          check = _tafel_xlsx_parse_ref (value, &row, &col);
          if (check != TAFEL_XLSX_REF_OK)
            bad_ref = g_strdup (value);
        }
      else if (g_str_equal (name, "t"))
        kind = value_kind (value);
      else if (g_str_equal (name, "s") &&
               g_ascii_string_to_unsigned (value, 10, 0, G_MAXUINT32, &style, NULL))
        date_style = style < p->book->date_xfs->len && g_array_index (p->book->date_xfs, gboolean, style);
    }
  xmlTextReaderMoveToElement (reader);

  if (check != TAFEL_XLSX_REF_OK)
    return refuse_ref (p, check, bad_ref, error);
  if (!has_ref)
    {
      row = MAX (p->row, 1);
      col = p->col + 1;
      if (col > TAFEL_XLSX_MAX_COL)
        {
          g_autofree char *ref = _tafel_xlsx_make_ref (row, col);
          return refuse_ref (p, TAFEL_XLSX_REF_BEYOND, ref, error);
        }
    }
  p->col = col;

  g_string_truncate (p->value, 0);
  g_string_truncate (p->inline_text, 0);
  if (!xmlTextReaderIsEmptyElement (reader))
    {
      depth = xmlTextReaderDepth (reader);
      for (;;)
        {
          int ret = _tafel_xlsx_xml_read (p->xml, error);

          if (ret < 0)
            return FALSE;
          if (ret == 0)
            break;
          if (xmlTextReaderNodeType (reader) == XML_READER_TYPE_END_ELEMENT &&
              xmlTextReaderDepth (reader) == depth)
            break;
          if (xmlTextReaderDepth (reader) != depth + 1)
            continue;
          if (_tafel_xlsx_xml_is (p->xml, XML_READER_TYPE_ELEMENT, "v"))
            {
              has_value = TRUE;
              g_string_truncate (p->value, 0);
              if (!_tafel_xlsx_xml_text (p->xml, p->value, error))
                return FALSE;
            }
          else if (_tafel_xlsx_xml_is (p->xml, XML_READER_TYPE_ELEMENT, "is") &&
                   !_tafel_xlsx_xml_rich_text (p->xml, p->inline_text, error))
            return FALSE;
        }
    }

  store_value (p, row, col, kind, date_style, has_value);
  return TRUE;
}

static gboolean
start_row (Parser  *p,
           GError **error)
{
  g_autofree char *r = _tafel_xlsx_xml_attr (p->xml, "r");
  guint32 row = p->row + 1;

  if (r != NULL)
    {
      TafelXlsxRef check = _tafel_xlsx_parse_row_number (r, &row);

      if (check != TAFEL_XLSX_REF_OK)
        {
          g_autofree char *ref = g_strconcat ("A", r, NULL);
          return refuse_ref (p, check, ref, error);
        }
    }
  else if (row > TAFEL_XLSX_MAX_ROW)
    {
      g_autofree char *ref = _tafel_xlsx_make_ref (row, 1);
      return refuse_ref (p, TAFEL_XLSX_REF_BEYOND, ref, error);
    }
  p->row = row;
  p->col = 0;
  return TRUE;
}

static int
compare_cells (gconstpointer a,
               gconstpointer b)
{
  const TafelXlsxCell *x = a;
  const TafelXlsxCell *y = b;

  if (x->row != y->row)
    return x->row < y->row ? -1 : 1;
  return (int) x->col - (int) y->col;
}

/* Sorts the cells (the last of two with the same reference wins, as the
 * sort is stable) and indexes the rows. */
static void
finish_sheet (Parser *p)
{
  TafelXlsxReadSheet *sheet = p->sheet;
  GArray *cells = sheet->cells;

  if (!p->sorted)
    {
      guint kept = 0;

      g_array_sort (cells, compare_cells);
      for (guint i = 0; i < cells->len; i++)
        {
          if (kept > 0 && compare_cells (&g_array_index (cells, TafelXlsxCell, kept - 1),
                                         &g_array_index (cells, TafelXlsxCell, i)) == 0)
            kept--;
          g_array_index (cells, TafelXlsxCell, kept) = g_array_index (cells, TafelXlsxCell, i);
          kept++;
        }
      g_array_set_size (cells, kept);
    }

  for (guint i = 0; i < cells->len; i++)
    {
      const TafelXlsxCell *cell = &g_array_index (cells, TafelXlsxCell, i);
      RowSpan *last = sheet->rows->len > 0 ? &g_array_index (sheet->rows, RowSpan, sheet->rows->len - 1) : NULL;

      if (last == NULL || last->row != cell->row)
        {
          RowSpan span = { cell->row, i, 1 };
          g_array_append_val (sheet->rows, span);
        }
      else
        last->n++;
      sheet->n_rows = cell->row;
      sheet->n_cols = MAX (sheet->n_cols, cell->col);
    }
}

TafelXlsxReadSheet *
_tafel_xlsx_sheet_read (TafelXlsxBook      *book,
                        TafelXlsxSheetInfo *info,
                        GError            **error)
{
  g_autoptr(GBytes) data = NULL;
  g_auto(TafelXlsxXml) xml = { 0 };
  g_autoptr(GString) value = g_string_new (NULL);
  g_autoptr(GString) inline_text = g_string_new (NULL);
  TafelXlsxReadSheet *sheet;
  Parser p = { book, info, NULL, &xml, TRUE, 0, 0, value, inline_text };
  gboolean in_data = FALSE, in_row = FALSE;
  int ret;

  data = _tafel_xlsx_zip_read (book, info->part, error);
  if (data == NULL || !_tafel_xlsx_xml_open (&xml, book, info->part, data, error))
    return NULL;

  sheet = g_new0 (TafelXlsxReadSheet, 1);
  sheet->book = book;
  sheet->cells = g_array_new (FALSE, FALSE, sizeof (TafelXlsxCell));
  sheet->rows = g_array_new (FALSE, FALSE, sizeof (RowSpan));
  sheet->text = g_string_chunk_new (16 * 1024);
  p.sheet = sheet;

  while ((ret = _tafel_xlsx_xml_read (&xml, error)) > 0)
    {
      int type = xmlTextReaderNodeType (xml.reader);
      const char *name;

      if (type != XML_READER_TYPE_ELEMENT && type != XML_READER_TYPE_END_ELEMENT)
        continue;
      name = (const char *) xmlTextReaderConstLocalName (xml.reader);
      if (name == NULL)
        continue;

      if (type == XML_READER_TYPE_ELEMENT)
        {
          if (in_row && g_str_equal (name, "c"))
            {
              if (!read_cell (&p, error))
                break;
            }
          else if (in_data && g_str_equal (name, "row"))
            {
              if (!start_row (&p, error))
                break;
              in_row = !xmlTextReaderIsEmptyElement (xml.reader);
            }
          else if (g_str_equal (name, "sheetData"))
            in_data = !xmlTextReaderIsEmptyElement (xml.reader);
        }
      else if (g_str_equal (name, "row"))
        in_row = FALSE;
      else if (g_str_equal (name, "sheetData"))
        in_data = in_row = FALSE;
    }
  if (ret != 0)
    {
      _tafel_xlsx_sheet_free (sheet);
      return NULL;
    }

  finish_sheet (&p);
  return sheet;
}

void
_tafel_xlsx_sheet_free (TafelXlsxReadSheet *sheet)
{
  g_array_unref (sheet->cells);
  g_array_unref (sheet->rows);
  g_string_chunk_free (sheet->text);
  g_free (sheet);
}

/* ---- public ---------------------------------------------------------------- */

guint32
tafel_xlsx_sheet_get_n_rows (TafelXlsxReadSheet *sheet)
{
  g_return_val_if_fail (sheet != NULL, 0);

  return sheet->n_rows;
}

guint16
tafel_xlsx_sheet_get_n_cols (TafelXlsxReadSheet *sheet)
{
  g_return_val_if_fail (sheet != NULL, 0);

  return sheet->n_cols;
}

guint
tafel_xlsx_sheet_get_n_cells (TafelXlsxReadSheet *sheet)
{
  g_return_val_if_fail (sheet != NULL, 0);

  return sheet->cells->len;
}

/* Every cell of the sheet, by row and then by column; NULL when there
 * are none. */
const TafelXlsxCell *
tafel_xlsx_sheet_get_cells (TafelXlsxReadSheet *sheet,
                            guint          *n_cells)
{
  g_return_val_if_fail (sheet != NULL, NULL);

  if (n_cells != NULL)
    *n_cells = sheet->cells->len;
  return sheet->cells->len > 0 ? &g_array_index (sheet->cells, TafelXlsxCell, 0) : NULL;
}

/* The cells of @row, by column, or NULL when it has none. */
const TafelXlsxCell *
tafel_xlsx_sheet_get_row (TafelXlsxReadSheet *sheet,
                          guint32         row,
                          guint          *n_cells)
{
  guint lo = 0, hi;

  g_return_val_if_fail (sheet != NULL, NULL);

  if (n_cells != NULL)
    *n_cells = 0;
  hi = sheet->rows->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const RowSpan *span = &g_array_index (sheet->rows, RowSpan, mid);

      if (span->row == row)
        {
          if (n_cells != NULL)
            *n_cells = span->n;
          return &g_array_index (sheet->cells, TafelXlsxCell, span->first);
        }
      if (span->row < row)
        lo = mid + 1;
      else
        hi = mid;
    }
  return NULL;
}

const TafelXlsxCell *
tafel_xlsx_sheet_get_cell (TafelXlsxReadSheet *sheet,
                           guint32         row,
                           guint16         col)
{
  guint n = 0, lo = 0, hi;
  const TafelXlsxCell *cells = tafel_xlsx_sheet_get_row (sheet, row, &n);

  hi = n;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (cells[mid].col == col)
        return &cells[mid];
      if (cells[mid].col < col)
        lo = mid + 1;
      else
        hi = mid;
    }
  return NULL;
}

const char *
tafel_xlsx_sheet_get_text (TafelXlsxReadSheet *sheet,
                           guint32         row,
                           guint16         col)
{
  const TafelXlsxCell *cell = tafel_xlsx_sheet_get_cell (sheet, row, col);

  return cell != NULL ? cell->text : "";
}
