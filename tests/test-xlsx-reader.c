/* test-xlsx-reader.c: reading workbooks from anyone, and refusing the bad
 *
 * Workbooks come from the project's own writer (libxlsxwriter), from
 * openpyxl, from LibreOffice (which rewrites everything) and from a small
 * zip writer below that builds the XML by hand: every kind of cell, and
 * every kind of hostile file (entity bombs, zip bombs, too many files,
 * names that point outside, damaged zips and XML). Each hostile file must
 * be refused with a message that says why; nothing may crash, hang or leak
 * (the core suite also runs under AddressSanitizer). Finally every file of
 * the fuzzer's corpus and its kept crashes is opened once more.
 */
#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <glib/gstdio.h>

#include "tafel-error.h"
#include "tafel-test-util.h"
#include "tafel-xlsx-private.h"
#include "tafel-xlsx-reader-private.h"
#include "tafel-xlsx-reader.h"
#include "tafel-xlsx.h"

#define NS "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
#define NS_R "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
#define REL "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
#define MB (1024 * 1024)

typedef struct {
  char *dir;
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  f->dir = tafel_test_make_tmpdir ();
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  tafel_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* ---- a small zip writer -------------------------------------------------- */

typedef struct {
  GByteArray *out;
  GByteArray *dir;
  guint       n;
} Zip;

typedef struct {
  guint16 method;     /* 0 stored, 8 deflated, anything else as is */
  int     strategy;   /* zlib's: Z_DEFAULT_STRATEGY, Z_HUFFMAN_ONLY */
  guint32 crc_xor;    /* not 0: a wrong CRC-32 */
  guint16 flags;
  guint32 offset;     /* not 0: the central directory points here */
  guint32 csize_extra;/* the directory claims more packed bytes */
  guint32 dos_time;   /* not 0: date and time in the directory */
} EntryOptions;

static void
put16 (GByteArray *a,
       guint       value)
{
  guint8 b[2] = { value & 0xff, (value >> 8) & 0xff };

  g_byte_array_append (a, b, 2);
}

static void
put32 (GByteArray *a,
       guint32     value)
{
  put16 (a, value & 0xffff);
  put16 (a, value >> 16);
}

static Zip *
zip_new (void)
{
  Zip *zip = g_new0 (Zip, 1);

  zip->out = g_byte_array_new ();
  zip->dir = g_byte_array_new ();
  return zip;
}

static GByteArray *
deflate_raw (const guint8 *data,
             gsize         size,
             int           strategy)
{
  z_stream s = { 0 };
  GByteArray *out = g_byte_array_new ();

  g_assert_cmpint (deflateInit2 (&s, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, strategy), ==, Z_OK);
  g_byte_array_set_size (out, deflateBound (&s, size));
  s.next_in = (Bytef *) data;
  s.avail_in = size;
  s.next_out = out->data;
  s.avail_out = out->len;
  g_assert_cmpint (deflate (&s, Z_FINISH), ==, Z_STREAM_END);
  g_byte_array_set_size (out, s.total_out);
  deflateEnd (&s);
  return out;
}

static void
zip_add_full (Zip                *zip,
              const char         *name,
              const void         *data,
              gsize               size,
              const EntryOptions *options)
{
  g_autoptr(GByteArray) packed = NULL;
  const guint8 *body = data;
  gsize body_size = size, name_length = strlen (name);
  guint32 crc = crc32 (0, data, size) ^ options->crc_xor;
  guint32 offset = options->offset != 0 ? options->offset : zip->out->len;

  if (options->method == 8)
    {
      packed = deflate_raw (data, size, options->strategy);
      body = packed->data;
      body_size = packed->len;
    }

  put32 (zip->out, 0x04034b50);
  put16 (zip->out, 20);
  put16 (zip->out, options->flags);
  put16 (zip->out, options->method);
  put16 (zip->out, 0);
  put16 (zip->out, 0x5c21);   /* 1 January 2026 */
  put32 (zip->out, crc);
  put32 (zip->out, body_size);
  put32 (zip->out, size);
  put16 (zip->out, name_length);
  put16 (zip->out, 0);
  g_byte_array_append (zip->out, (const guint8 *) name, name_length);
  g_byte_array_append (zip->out, body, body_size);

  put32 (zip->dir, 0x02014b50);
  put16 (zip->dir, 20);
  put16 (zip->dir, 20);
  put16 (zip->dir, options->flags);
  put16 (zip->dir, options->method);
  put32 (zip->dir, options->dos_time != 0 ? options->dos_time : 0x5c210000);
  put32 (zip->dir, crc);
  put32 (zip->dir, body_size + options->csize_extra);
  put32 (zip->dir, size);
  put16 (zip->dir, name_length);
  put16 (zip->dir, 0);
  put16 (zip->dir, 0);
  put16 (zip->dir, 0);
  put16 (zip->dir, 0);
  put32 (zip->dir, 0);
  put32 (zip->dir, offset);
  g_byte_array_append (zip->dir, (const guint8 *) name, name_length);
  zip->n++;
}

static void
zip_add (Zip        *zip,
         const char *name,
         const char *text)
{
  EntryOptions deflated = { .method = 8 };

  zip_add_full (zip, name, text, strlen (text), &deflated);
}

static void
zip_add_stored (Zip        *zip,
                const char *name,
                const char *text)
{
  EntryOptions stored = { .method = 0 };

  zip_add_full (zip, name, text, strlen (text), &stored);
}

static GBytes *
zip_finish (Zip *zip)
{
  guint32 dir_offset = zip->out->len;
  GBytes *bytes;

  g_byte_array_append (zip->out, zip->dir->data, zip->dir->len);
  put32 (zip->out, 0x06054b50);
  put16 (zip->out, 0);
  put16 (zip->out, 0);
  put16 (zip->out, zip->n);
  put16 (zip->out, zip->n);
  put32 (zip->out, zip->dir->len);
  put32 (zip->out, dir_offset);
  put16 (zip->out, 0);

  g_byte_array_unref (zip->dir);
  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&zip->out));
  g_free (zip);
  return bytes;
}

/* ---- hand-made workbooks ----------------------------------------------- */

typedef struct {
  const char *workbook_pr;  /* attributes of <workbookPr/> */
  const char *sheets;       /* the <sheet/> elements; default: Blad1 → rId1 */
  const char *rels;         /* more <Relationship/> elements */
  const char *target;       /* of rId1; default: worksheets/sheet1.xml */
  const char *sheet1;       /* all of xl/worksheets/sheet1.xml, or */
  const char *data;         /* only what is inside its <sheetData> */
  const char *sst;          /* the <si> elements of xl/sharedStrings.xml */
  const char *styles;       /* all of xl/styles.xml */
} Spec;

static void
add_book (Zip        *zip,
          const Spec *spec)
{
  g_autofree char *workbook = g_strdup_printf (
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<workbook " NS " " NS_R "><workbookPr %s/><sheets>%s</sheets></workbook>",
    spec->workbook_pr ? spec->workbook_pr : "",
    spec->sheets ? spec->sheets : "<sheet name=\"Blad1\" sheetId=\"1\" r:id=\"rId1\"/>");
  g_autofree char *rels = g_strdup_printf (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"" REL "worksheet\" Target=\"%s\"/>"
    "<Relationship Id=\"rId2\" Type=\"" REL "sharedStrings\" Target=\"sharedStrings.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"" REL "styles\" Target=\"styles.xml\"/>%s</Relationships>",
    spec->target ? spec->target : "worksheets/sheet1.xml", spec->rels ? spec->rels : "");

  zip_add (zip, "[Content_Types].xml",
           "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
  zip_add (zip, "xl/workbook.xml", workbook);
  zip_add (zip, "xl/_rels/workbook.xml.rels", rels);
  if (spec->sheet1 != NULL)
    zip_add (zip, "xl/worksheets/sheet1.xml", spec->sheet1);
  else if (spec->data != NULL)
    {
      g_autofree char *sheet = g_strdup_printf ("<worksheet " NS "><sheetData>%s</sheetData></worksheet>",
                                                spec->data);
      zip_add (zip, "xl/worksheets/sheet1.xml", sheet);
    }
  if (spec->sst != NULL)
    {
      g_autofree char *sst = g_strdup_printf ("<sst " NS ">%s</sst>", spec->sst);
      zip_add (zip, "xl/sharedStrings.xml", sst);
    }
  if (spec->styles != NULL)
    zip_add (zip, "xl/styles.xml", spec->styles);
}

static GBytes *
make_book (const Spec *spec)
{
  Zip *zip = zip_new ();

  add_book (zip, spec);
  return zip_finish (zip);
}

static TafelXlsxBook *
open_ok (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  TafelXlsxBook *book = tafel_xlsx_book_open_bytes (bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (book);
  return book;
}

static TafelXlsxReadSheet *
sheet_ok (TafelXlsxBook *book,
          const char    *name)
{
  g_autoptr(GError) error = NULL;
  TafelXlsxReadSheet *sheet = tafel_xlsx_book_get_sheet (book, name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (sheet);
  return sheet;
}

static void
assert_message (GError     *error,
                const char *mentions)
{
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT);
  g_test_message ("%s", error->message);
  if (strstr (error->message, mentions) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, mentions);
}

static void
assert_refused (GBytes     *bytes,
                const char *mentions)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelXlsxBook) book = tafel_xlsx_book_open_bytes (bytes, &error);

  g_assert_null (book);
  assert_message (error, mentions);
  g_assert_true (g_str_has_prefix (error->message, "“workbook”"));
}

/* The book opens, but its sheet Blad1 is refused. */
static void
assert_sheet_refused (GBytes     *bytes,
                      const char *mentions)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelXlsxBook) book = open_ok (bytes);

  g_assert_null (tafel_xlsx_book_get_sheet (book, "Blad1", &error));
  assert_message (error, mentions);
}

static void
assert_cell (TafelXlsxReadSheet *sheet,
             guint32         row,
             guint16         col,
             TafelCellType   type,
             const char     *text)
{
  const TafelXlsxCell *cell = tafel_xlsx_sheet_get_cell (sheet, row, col);

  if (type == TAFEL_CELL_EMPTY)
    {
      g_assert_null (cell);
      g_assert_cmpstr (tafel_xlsx_sheet_get_text (sheet, row, col), ==, "");
      return;
    }
  g_assert_nonnull (cell);
  g_assert_cmpuint (cell->row, ==, row);
  g_assert_cmpuint (cell->col, ==, col);
  g_assert_cmpint (cell->type, ==, type);
  g_assert_cmpstr (cell->text, ==, text);
  g_assert_cmpstr (tafel_xlsx_sheet_get_text (sheet, row, col), ==, text);
}

static void
assert_number (TafelXlsxReadSheet *sheet,
               guint32         row,
               guint16         col,
               TafelCellType   type,
               double          number,
               const char     *text)
{
  assert_cell (sheet, row, col, type, text);
  g_assert_cmpfloat_with_epsilon (tafel_xlsx_sheet_get_cell (sheet, row, col)->number, number, 1e-9);
}

/* Every cell of every sheet, for the corpus: only that nothing breaks. */
static void
read_everything (TafelXlsxBook *book)
{
  for (guint i = 0; i < tafel_xlsx_book_get_n_sheets (book); i++)
    {
      g_autoptr(GError) error = NULL;
      TafelXlsxReadSheet *sheet = tafel_xlsx_book_get_sheet_by_index (book, i, &error);

      g_assert_true ((sheet != NULL) != (error != NULL));
      if (sheet == NULL)
        continue;
      for (guint32 row = 0; row <= tafel_xlsx_sheet_get_n_rows (sheet) && row < 5000; row++)
        {
          guint n = 0;
          const TafelXlsxCell *cells = tafel_xlsx_sheet_get_row (sheet, row, &n);

          for (guint k = 0; k < n; k++)
            {
              g_assert_nonnull (cells[k].text);
              g_assert_true (g_utf8_validate (cells[k].text, -1, NULL));
              g_assert_true (tafel_xlsx_sheet_get_cell (sheet, row, cells[k].col) == &cells[k]);
            }
        }
    }
}

/* ---- workbooks from the project's writer -------------------------------- */

static void
write_lxw_book (const char *path,
                gboolean    constant_memory)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) noon = g_date_time_new_local (2026, 11, 10, 12, 30, 0);
  TafelXlsxProperties props = { .title = "Uitvraag", .subject = "Proef" };
  TafelXlsx *xlsx = tafel_xlsx_new (path, constant_memory, &error);
  TafelXlsxSheet *data, *secret;

  g_assert_no_error (error);
  g_assert_true (tafel_xlsx_set_properties (xlsx, &props, &error));
  data = tafel_xlsx_add_sheet (xlsx, "Gegevens", &error);
  g_assert_no_error (error);
  tafel_xlsx_text (data, 0, 0, "Naam");
  tafel_xlsx_text (data, 0, 1, "Regel 1\nRegel <2> & \"3\"");
  tafel_xlsx_text (data, 0, 2, "_x0041_ blijft staan");
  tafel_xlsx_text (data, 0, 3, "  spaties  ");
  tafel_xlsx_text (data, 0, 4, "Zorg €, één");
  tafel_xlsx_number (data, 1, 0, 2.5);
  tafel_xlsx_number (data, 1, 1, 60);
  tafel_xlsx_number (data, 1, 2, -0.1);
  tafel_xlsx_value (data, 1, 3, 0.083, TAFEL_XLSX_PERCENT);
  tafel_xlsx_value (data, 1, 4, 1234.5, TAFEL_XLSX_EURO);
  tafel_xlsx_date (data, 2, 0, "2026-11-10");
  tafel_xlsx_datetime (data, 2, 1, noon);
  tafel_xlsx_date (data, 2, 2, "1900-01-01");
  tafel_xlsx_text (data, 4, 5, "ver weg");

  secret = tafel_xlsx_add_sheet (xlsx, "Geheim", &error);
  g_assert_no_error (error);
  tafel_xlsx_text (secret, 0, 0, "verborgen");
  worksheet_hide (secret->worksheet);

  g_assert_true (tafel_xlsx_close (xlsx, &error));
  g_assert_no_error (error);
  tafel_xlsx_free (xlsx);
}

static void
test_libxlsxwriter (Fixture      *f,
                    gconstpointer user_data)
{
  gboolean constant_memory = GPOINTER_TO_INT (user_data);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "lxw.xlsx", NULL);
  g_autoptr(TafelXlsxBook) book = NULL;
  TafelXlsxReadSheet *data, *secret;

  write_lxw_book (path, constant_memory);
  /* tests/fuzz/make-corpus.sh keeps these for the fuzzer. */
  if (g_getenv ("TAFEL_WRITE_CORPUS") != NULL)
    {
      g_autofree char *contents = NULL;
      g_autofree char *copy = g_build_filename (g_getenv ("TAFEL_WRITE_CORPUS"),
                                                constant_memory ? "lxw-inline.xlsx" : "lxw-shared.xlsx", NULL);
      gsize length = 0;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (copy, contents, length, NULL));
    }
  book = tafel_xlsx_book_open (path, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (tafel_xlsx_book_get_n_sheets (book), ==, 2);
  g_assert_cmpstr (tafel_xlsx_book_get_sheet_name (book, 0), ==, "Gegevens");
  g_assert_cmpstr (tafel_xlsx_book_get_sheet_name (book, 1), ==, "Geheim");
  g_assert_false (tafel_xlsx_book_sheet_is_hidden (book, 0));
  g_assert_true (tafel_xlsx_book_sheet_is_hidden (book, 1));
  g_assert_false (tafel_xlsx_book_is_date1904 (book));
  g_assert_cmpstr (tafel_xlsx_book_get_property (book, "title"), ==, "Uitvraag");
  g_assert_cmpstr (tafel_xlsx_book_get_property (book, "subject"), ==, "Proef");
  g_assert_nonnull (tafel_xlsx_book_get_property (book, "created"));
  g_assert_null (tafel_xlsx_book_get_property (book, "nothing"));

  data = sheet_ok (book, "gegevens");   /* any case */
  g_assert_true (data == sheet_ok (book, "GEGEVENS"));
  assert_cell (data, 1, 1, TAFEL_CELL_STRING, "Naam");
  assert_cell (data, 1, 2, TAFEL_CELL_STRING, "Regel 1\nRegel <2> & \"3\"");
  assert_cell (data, 1, 3, TAFEL_CELL_STRING, "_x0041_ blijft staan");
  assert_cell (data, 1, 4, TAFEL_CELL_STRING, "  spaties  ");
  assert_cell (data, 1, 5, TAFEL_CELL_STRING, "Zorg €, één");
  assert_number (data, 2, 1, TAFEL_CELL_NUMBER, 2.5, "2.5");
  assert_number (data, 2, 2, TAFEL_CELL_NUMBER, 60, "60");
  assert_number (data, 2, 3, TAFEL_CELL_NUMBER, -0.1, "-0.1");
  assert_number (data, 2, 4, TAFEL_CELL_NUMBER, 0.083, "0.083");
  assert_number (data, 2, 5, TAFEL_CELL_NUMBER, 1234.5, "1234.5");
  assert_number (data, 3, 1, TAFEL_CELL_DATE, 46336, "2026-11-10");
  assert_number (data, 3, 2, TAFEL_CELL_DATE, 46336.5 + 1 / 48.0, "2026-11-10T12:30:00");
  assert_number (data, 3, 3, TAFEL_CELL_DATE, 1, "1900-01-01");
  assert_cell (data, 4, 1, TAFEL_CELL_EMPTY, NULL);
  assert_cell (data, 5, 6, TAFEL_CELL_STRING, "ver weg");
  g_assert_cmpuint (tafel_xlsx_sheet_get_n_rows (data), ==, 5);
  g_assert_cmpuint (tafel_xlsx_sheet_get_n_cols (data), ==, 6);
  g_assert_cmpuint (tafel_xlsx_sheet_get_n_cells (data), ==, 14);

  secret = sheet_ok (book, "Geheim");
  assert_cell (secret, 1, 1, TAFEL_CELL_STRING, "verborgen");
  g_assert_cmpuint (tafel_xlsx_sheet_get_n_rows (secret), ==, 1);

  g_assert_null (tafel_xlsx_book_get_sheet (book, "Nergens", &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "“lxw.xlsx” has no sheet “Nergens”"));
  g_clear_error (&error);
  g_assert_null (tafel_xlsx_book_get_sheet (book, "Geg\xffvens", &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_NOT_FOUND);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
}

/* ---- openpyxl and LibreOffice ------------------------------------------- */

static const char openpyxl_script[] =
  "import sys, datetime\n"
  "try:\n"
  "    import openpyxl\n"
  "    from openpyxl.utils.datetime import CALENDAR_MAC_1904\n"
  "except ImportError:\n"
  "    sys.exit(77)\n"
  "def book(path, epoch=None, iso=False):\n"
  "    wb = openpyxl.Workbook()\n"
  "    if epoch is not None:\n"
  "        wb.epoch = epoch\n"
  "    wb.iso_dates = iso\n"
  "    ws = wb.active\n"
  "    ws.title = 'Gegevens'\n"
  "    ws['A6'] = 'na een gat'\n"      /* written before the rows above it */
  "    ws['C6'] = 1e-7\n"
  "    ws['A1'] = 'Naam'\n"
  "    ws['B1'] = 'Uren'\n"
  "    ws['A3'] = '  spatie'\n"
  "    ws['B3'] = 60\n"
  "    ws['C3'] = datetime.date(2026, 1, 31)\n"
  "    ws['D3'] = False\n"
  "    ws['A2'] = 'Jansen & Zn'\n"
  "    ws['B2'] = 2.5\n"
  "    ws['C2'] = datetime.datetime(2026, 11, 10, 12, 0)\n"
  "    ws['D2'] = True\n"
  "    ws['E2'] = '=B2*2'\n"
  "    hidden = wb.create_sheet('Verborgen')\n"
  "    hidden.sheet_state = 'hidden'\n"
  "    hidden['B2'] = 'geheim'\n"
  "    wb.properties.creator = 'Tester'\n"
  "    wb.properties.lastModifiedBy = 'Piet'\n"
  "    wb.properties.title = 'Proef'\n"
  "    wb.save(path)\n"
  "book(sys.argv[1])\n"
  "book(sys.argv[2], epoch=CALENDAR_MAC_1904)\n"
  "book(sys.argv[3], iso=True)\n";

/* Writes openpyxl.xlsx, openpyxl-1904.xlsx and openpyxl-iso.xlsx in @dir;
 * FALSE, with the test skipped, without Python or openpyxl. */
static gboolean
write_openpyxl_books (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "openpyxl.xlsx", NULL);
  g_autofree char *path_1904 = g_build_filename (dir, "openpyxl-1904.xlsx", NULL);
  g_autofree char *path_iso = g_build_filename (dir, "openpyxl-iso.xlsx", NULL);
  g_autofree char *err = NULL;
  const char *argv[] = { "/usr/bin/python3", "-c", openpyxl_script, path, path_1904, path_iso, NULL };
  int status = 0;

  if (!g_file_test (argv[0], G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("/usr/bin/python3 is not installed");
      return FALSE;
    }
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &err, &status, &error);
  g_assert_no_error (error);
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      g_test_skip ("openpyxl is not installed");
      return FALSE;
    }
  if (!g_spawn_check_wait_status (status, NULL))
    g_test_message ("openpyxl: %s", err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return TRUE;
}

/* The cells the script wrote, whoever saved the file last. */
static void
check_openpyxl_cells (TafelXlsxBook *book)
{
  TafelXlsxReadSheet *sheet = sheet_ok (book, "Gegevens");
  TafelXlsxReadSheet *hidden = sheet_ok (book, "Verborgen");

  g_assert_cmpuint (tafel_xlsx_book_get_n_sheets (book), ==, 2);
  g_assert_false (tafel_xlsx_book_sheet_is_hidden (book, 0));
  g_assert_true (tafel_xlsx_book_sheet_is_hidden (book, 1));
  g_assert_cmpstr (tafel_xlsx_book_get_property (book, "creator"), ==, "Tester");
  g_assert_cmpstr (tafel_xlsx_book_get_property (book, "title"), ==, "Proef");

  assert_cell (sheet, 1, 1, TAFEL_CELL_STRING, "Naam");
  assert_cell (sheet, 1, 2, TAFEL_CELL_STRING, "Uren");
  assert_cell (sheet, 2, 1, TAFEL_CELL_STRING, "Jansen & Zn");
  assert_number (sheet, 2, 2, TAFEL_CELL_NUMBER, 2.5, "2.5");
  assert_number (sheet, 2, 3, TAFEL_CELL_DATE, 46336.5, "2026-11-10T12:00:00");
  assert_number (sheet, 2, 4, TAFEL_CELL_BOOL, 1, "TRUE");
  assert_cell (sheet, 3, 1, TAFEL_CELL_STRING, "  spatie");
  assert_number (sheet, 3, 2, TAFEL_CELL_NUMBER, 60, "60");
  assert_number (sheet, 3, 3, TAFEL_CELL_DATE, 46053, "2026-01-31");
  assert_number (sheet, 3, 4, TAFEL_CELL_BOOL, 0, "FALSE");
  assert_cell (sheet, 4, 1, TAFEL_CELL_EMPTY, NULL);
  assert_cell (sheet, 5, 3, TAFEL_CELL_EMPTY, NULL);
  assert_cell (sheet, 6, 1, TAFEL_CELL_STRING, "na een gat");
  assert_number (sheet, 6, 3, TAFEL_CELL_NUMBER, 1e-7, "1e-07");
  assert_cell (sheet, 7, 1, TAFEL_CELL_EMPTY, NULL);
  g_assert_cmpuint (tafel_xlsx_sheet_get_n_rows (sheet), ==, 6);

  assert_cell (hidden, 2, 2, TAFEL_CELL_STRING, "geheim");
  assert_cell (hidden, 1, 1, TAFEL_CELL_EMPTY, NULL);
}

static void
test_openpyxl (Fixture      *f,
               gconstpointer user_data)
{
  const char *names[] = { "openpyxl.xlsx", "openpyxl-1904.xlsx", "openpyxl-iso.xlsx" };

  if (!write_openpyxl_books (f->dir))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_build_filename (f->dir, names[i], NULL);
      g_autoptr(TafelXlsxBook) book = tafel_xlsx_book_open (path, &error);

      g_test_message ("%s", names[i]);
      g_assert_no_error (error);
      g_assert_cmpint (tafel_xlsx_book_is_date1904 (book), ==, i == 1);
      check_openpyxl_cells (book);
      /* A formula without a cached value is an empty cell. */
      assert_cell (sheet_ok (book, "Gegevens"), 2, 5, TAFEL_CELL_EMPTY, NULL);
      g_assert_cmpstr (tafel_xlsx_book_get_property (book, "lastModifiedBy"), ==, "Piet");
    }
}

/* LibreOffice rewrites everything: shared strings, its own number formats
 * for the dates, rows with spans, booleans as formulas. Same values, and
 * the formula now has its result. */
static void
test_libreoffice (Fixture      *f,
                  gconstpointer user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *source = g_build_filename (f->dir, "openpyxl.xlsx", NULL);
  g_autofree char *outdir = g_build_filename (f->dir, "lo", NULL);
  g_autofree char *resaved = g_build_filename (outdir, "openpyxl.xlsx", NULL);
  g_autofree char *profile = g_strdup_printf ("-env:UserInstallation=file://%s/lo-profile", f->dir);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(TafelXlsxBook) book = NULL;
  int status = 0;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed: build-aux/deps installs it");
      return;
    }
  if (!write_openpyxl_books (f->dir))
    return;

  {
    const char *argv[] = {
      soffice, "--headless", "--norestore", profile,
      "--convert-to", "xlsx", "--outdir", outdir, source, NULL
    };

    g_spawn_sync (f->dir, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  }
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_test_message ("soffice: %s %s", out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  book = tafel_xlsx_book_open (resaved, &error);
  g_assert_no_error (error);
  check_openpyxl_cells (book);
  assert_number (sheet_ok (book, "Gegevens"), 2, 5, TAFEL_CELL_NUMBER, 5, "5");
}

/* ---- hand-made cells ----------------------------------------------------- */

static void
test_cell_kinds (void)
{
  Spec spec = {
    .sst = "<si><t>gedeeld</t></si>"
           "<si><r><rPr><b/></rPr><t>vet</t></r><r><t xml:space=\"preserve\"> en gewoon</t></r>"
           "<rPh sb=\"0\" eb=\"1\"><t>FONETISCH</t></rPh></si>"
           "<si><t>  geknipt  </t></si>"
           "<si><t xml:space=\"preserve\">  bewaard  </t></si>"
           "<si><t>regel_x000D_\nnieuw _x005F_x0041_ _xD83D__xDE00_ _xD800_</t></si>"
           "<si><t/></si>"
           "<si/>",
    .data = "<row r=\"1\" spans=\"1:9\">"
            "<c r=\"A1\" t=\"s\"><v>0</v></c>"
            "<c r=\"B1\" t=\"s\"><v>1</v></c>"
            "<c r=\"C1\" t=\"s\"><v>2</v></c>"
            "<c r=\"D1\" t=\"s\"><v>3</v></c>"
            "<c r=\"E1\" t=\"s\"><v>4</v></c>"
            "<c r=\"F1\" t=\"s\"><v>5</v></c>"
            "<c r=\"G1\" t=\"s\"><v>6</v></c>"
            "<c r=\"H1\" t=\"s\"><v>7</v></c>"
            "<c r=\"I1\" t=\"s\"><v>-1</v></c>"
            "<c r=\"J1\" t=\"s\"><v>x</v></c>"
            "</row>"
            "<row r=\"2\">"
            "<c r=\"A2\" t=\"inlineStr\"><is><t>inline</t></is></c>"
            "<c r=\"B2\" t=\"inlineStr\"><is><r><t>ri</t></r><r><t>ch</t></r></is></c>"
            "<c r=\"C2\" t=\"str\"><f>A1&amp;\"!\"</f><v>formule_x0009_tekst</v></c>"
            "<c r=\"D2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
            "<c r=\"E2\" t=\"e\"><v>#N/A</v></c>"
            "<c r=\"F2\" t=\"b\"><v>1</v></c>"
            "<c r=\"G2\" t=\"b\"><v>0</v></c>"
            "<c r=\"H2\" t=\"b\"><v>2</v></c>"
            "<c r=\"I2\" t=\"inlineStr\"><is><t></t></is></c>"
            "<c r=\"J2\" t=\"str\"><v></v></c>"
            "</row>"
            "<row r=\"3\">"
            "<c r=\"A3\" t=\"d\"><v>2026-11-10</v></c>"
            "<c r=\"B3\" t=\"d\"><v>2026-11-10T12:00:00</v></c>"
            "<c r=\"C3\" t=\"d\"><v>2026-11-10T06:00:00.000Z</v></c>"
            "<c r=\"D3\" t=\"d\"><v>2026-02-30</v></c>"
            "<c r=\"E3\" t=\"d\"><v>1900-01-01</v></c>"
            "<c r=\"F3\" t=\"d\"><v>1900-03-01</v></c>"
            "</row>"
            "<row r=\"4\">"
            "<c r=\"A4\"><v>1</v></c>"
            "<c r=\"B4\" t=\"n\"><v> 0.1 </v></c>"
            "<c r=\"C4\"><v>1E-007</v></c>"
            "<c r=\"D4\"><v>123456789012345678</v></c>"
            "<c r=\"E4\"><v>-0</v></c>"
            "<c r=\"F4\"><v>0.30000000000000004</v></c>"
            "<c r=\"G4\"><v>nan</v></c>"
            "<c r=\"H4\"><v>0x10</v></c>"
            "<c r=\"I4\"><v>1e999</v></c>"
            "<c r=\"J4\" t=\"zz\"><v>1</v></c>"
            "<c r=\"K4\" s=\"3\"/>"
            "<c r=\"L4\"><f>SUM(A4)</f></c>"
            "<c r=\"M4\"><v></v></c>"
            "</row>",
  };
  g_autoptr(GBytes) bytes = make_book (&spec);
  g_autoptr(TafelXlsxBook) book = open_ok (bytes);
  TafelXlsxReadSheet *sheet = sheet_ok (book, "Blad1");

  assert_cell (sheet, 1, 1, TAFEL_CELL_STRING, "gedeeld");
  assert_cell (sheet, 1, 2, TAFEL_CELL_STRING, "vet en gewoon");
  assert_cell (sheet, 1, 3, TAFEL_CELL_STRING, "geknipt");
  assert_cell (sheet, 1, 4, TAFEL_CELL_STRING, "  bewaard  ");
  assert_cell (sheet, 1, 5, TAFEL_CELL_STRING, "regel\r\nnieuw _x0041_ 😀 \xef\xbf\xbd");
  assert_cell (sheet, 1, 6, TAFEL_CELL_EMPTY, NULL);
  assert_cell (sheet, 1, 7, TAFEL_CELL_EMPTY, NULL);
  assert_cell (sheet, 1, 8, TAFEL_CELL_ERROR, "#REF!");   /* out of range */
  assert_cell (sheet, 1, 9, TAFEL_CELL_ERROR, "#REF!");
  assert_cell (sheet, 1, 10, TAFEL_CELL_ERROR, "#REF!");

  assert_cell (sheet, 2, 1, TAFEL_CELL_STRING, "inline");
  assert_cell (sheet, 2, 2, TAFEL_CELL_STRING, "rich");
  assert_cell (sheet, 2, 3, TAFEL_CELL_STRING, "formule\ttekst");
  assert_cell (sheet, 2, 4, TAFEL_CELL_ERROR, "#DIV/0!");
  assert_cell (sheet, 2, 5, TAFEL_CELL_ERROR, "#N/A");
  assert_number (sheet, 2, 6, TAFEL_CELL_BOOL, 1, "TRUE");
  assert_number (sheet, 2, 7, TAFEL_CELL_BOOL, 0, "FALSE");
  assert_cell (sheet, 2, 8, TAFEL_CELL_ERROR, "#VALUE!");
  assert_cell (sheet, 2, 9, TAFEL_CELL_EMPTY, NULL);
  assert_cell (sheet, 2, 10, TAFEL_CELL_EMPTY, NULL);

  assert_number (sheet, 3, 1, TAFEL_CELL_DATE, 46336, "2026-11-10");
  assert_number (sheet, 3, 2, TAFEL_CELL_DATE, 46336.5, "2026-11-10T12:00:00");
  assert_number (sheet, 3, 3, TAFEL_CELL_DATE, 46336.25, "2026-11-10T06:00:00");
  assert_cell (sheet, 3, 4, TAFEL_CELL_ERROR, "#VALUE!");
  assert_number (sheet, 3, 5, TAFEL_CELL_DATE, 1, "1900-01-01");
  assert_number (sheet, 3, 6, TAFEL_CELL_DATE, 61, "1900-03-01");

  assert_number (sheet, 4, 1, TAFEL_CELL_NUMBER, 1, "1");
  assert_number (sheet, 4, 2, TAFEL_CELL_NUMBER, 0.1, "0.1");
  assert_number (sheet, 4, 3, TAFEL_CELL_NUMBER, 1e-7, "1e-07");
  assert_number (sheet, 4, 4, TAFEL_CELL_NUMBER, 123456789012345678.0, "1.2345678901234568e+17");
  assert_number (sheet, 4, 5, TAFEL_CELL_NUMBER, 0, "0");
  assert_number (sheet, 4, 6, TAFEL_CELL_NUMBER, 0.30000000000000004, "0.30000000000000004");
  assert_cell (sheet, 4, 7, TAFEL_CELL_ERROR, "#VALUE!");
  assert_cell (sheet, 4, 8, TAFEL_CELL_ERROR, "#VALUE!");
  assert_cell (sheet, 4, 9, TAFEL_CELL_ERROR, "#VALUE!");
  assert_cell (sheet, 4, 10, TAFEL_CELL_ERROR, "#VALUE!");
  assert_cell (sheet, 4, 11, TAFEL_CELL_EMPTY, NULL);     /* only a style */
  assert_cell (sheet, 4, 12, TAFEL_CELL_EMPTY, NULL);     /* no cached value */
  assert_cell (sheet, 4, 13, TAFEL_CELL_EMPTY, NULL);
  g_assert_cmpuint (tafel_xlsx_sheet_get_n_rows (sheet), ==, 4);
}

/* <row> and <c> without r count on from the one before; rows may come in
 * any order; a cell given twice keeps the last value. */
static void
test_references (void)
{
  Spec spec = {
    .data = "<row><c><v>1</v></c><c><v>2</v></c><c r=\"E1\"><v>5</v></c><c><v>6</v></c></row>"
            "<row><c><v>21</v></c></row>"
            "<row r=\"10\"><c r=\"b10\"><v>102</v></c><c><v>103</v></c></row>"
            "<row><c><v>111</v></c></row>"
            "<row r=\"5\"><c r=\"A5\"><v>51</v></c><c r=\"A5\"><v>52</v></c></row>"
            "<row r=\"3\"><c r=\"C3\"><v>33</v></c><c r=\"A3\"><v>31</v></c></row>"
            "<row r=\"1048576\"><c r=\"XFD1048576\"><v>9</v></c></row>",
  };
  g_autoptr(GBytes) bytes = make_book (&spec);
  g_autoptr(TafelXlsxBook) book = open_ok (bytes);
  TafelXlsxReadSheet *sheet = sheet_ok (book, "Blad1");
  guint n = 0;
  const TafelXlsxCell *row3;

  assert_cell (sheet, 1, 1, TAFEL_CELL_NUMBER, "1");
  assert_cell (sheet, 1, 2, TAFEL_CELL_NUMBER, "2");
  assert_cell (sheet, 1, 3, TAFEL_CELL_EMPTY, NULL);
  assert_cell (sheet, 1, 5, TAFEL_CELL_NUMBER, "5");
  assert_cell (sheet, 1, 6, TAFEL_CELL_NUMBER, "6");
  assert_cell (sheet, 2, 1, TAFEL_CELL_NUMBER, "21");
  assert_cell (sheet, 10, 2, TAFEL_CELL_NUMBER, "102");
  assert_cell (sheet, 10, 3, TAFEL_CELL_NUMBER, "103");
  assert_cell (sheet, 11, 1, TAFEL_CELL_NUMBER, "111");
  assert_cell (sheet, 5, 1, TAFEL_CELL_NUMBER, "52");
  assert_cell (sheet, 3, 1, TAFEL_CELL_NUMBER, "31");
  assert_cell (sheet, 3, 3, TAFEL_CELL_NUMBER, "33");
  assert_cell (sheet, 1048576, 16384, TAFEL_CELL_NUMBER, "9");
  g_assert_cmpuint (tafel_xlsx_sheet_get_n_rows (sheet), ==, 1048576);
  g_assert_cmpuint (tafel_xlsx_sheet_get_n_cols (sheet), ==, 16384);
  g_assert_cmpuint (tafel_xlsx_sheet_get_n_cells (sheet), ==, 12);

  row3 = tafel_xlsx_sheet_get_row (sheet, 3, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (row3[0].col, ==, 1);
  g_assert_cmpuint (row3[1].col, ==, 3);
  g_assert_null (tafel_xlsx_sheet_get_row (sheet, 4, &n));
  g_assert_cmpuint (n, ==, 0);

  /* Nothing at all beyond the cells, and nothing at 0. */
  assert_cell (sheet, 0, 0, TAFEL_CELL_EMPTY, NULL);
  assert_cell (sheet, 1, 0, TAFEL_CELL_EMPTY, NULL);
  assert_cell (sheet, 12, 1, TAFEL_CELL_EMPTY, NULL);
  assert_cell (sheet, G_MAXUINT32, G_MAXUINT16, TAFEL_CELL_EMPTY, NULL);
}

static const char styles_xml[] =
  "<styleSheet " NS ">"
  "<numFmts count=\"6\">"
  "<numFmt numFmtId=\"164\" formatCode=\"dd-mm-yyyy\"/>"
  "<numFmt numFmtId=\"165\" formatCode=\"[$-413]d mmmm yyyy\"/>"
  "<numFmt numFmtId=\"166\" formatCode=\"#,##0.00 &quot;dagen&quot;\"/>"
  "<numFmt numFmtId=\"167\" formatCode=\"[Red]0.0;[Blue]-0.0\"/>"
  "<numFmt numFmtId=\"168\" formatCode=\"[h]:mm\"/>"
  "<numFmt numFmtId=\"169\" formatCode=\"\\d0\"/>"
  "</numFmts>"
  "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
  "<dxfs><dxf><numFmt numFmtId=\"166\" formatCode=\"yyyy\"/></dxf></dxfs>"
  "<cellXfs count=\"10\">"
  "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/>"
  "<xf numFmtId=\"166\"/><xf numFmtId=\"167\"/><xf numFmtId=\"168\"/><xf numFmtId=\"169\"/>"
  "<xf numFmtId=\"22\"/><xf numFmtId=\"4\"/>"
  "</cellXfs></styleSheet>";

static const char styled_cells[] =
  "<row r=\"1\">"
  "<c r=\"A1\" s=\"0\"><v>46336</v></c>"
  "<c r=\"B1\" s=\"1\"><v>46336</v></c>"
  "<c r=\"C1\" s=\"2\"><v>46336.5</v></c>"
  "<c r=\"D1\" s=\"3\"><v>46336</v></c>"
  "<c r=\"E1\" s=\"4\"><v>46336</v></c>"
  "<c r=\"F1\" s=\"5\"><v>46336</v></c>"
  "<c r=\"G1\" s=\"6\"><v>0.75</v></c>"
  "<c r=\"H1\" s=\"7\"><v>46336</v></c>"
  "<c r=\"I1\" s=\"8\"><v>46336.999999</v></c>"
  "<c r=\"J1\" s=\"9\"><v>46336</v></c>"
  "<c r=\"K1\" s=\"99\"><v>46336</v></c>"
  "<c r=\"L1\" s=\"1\"><v>-1</v></c>"
  "<c r=\"M1\" s=\"1\"><v>2958466</v></c>"
  "<c r=\"N1\" s=\"1\"><v>60</v></c>"
  "</row>";

static void
test_date_styles (void)
{
  Spec spec = { .styles = styles_xml, .data = styled_cells };
  g_autoptr(GBytes) bytes = make_book (&spec);
  g_autoptr(TafelXlsxBook) book = open_ok (bytes);
  TafelXlsxReadSheet *sheet = sheet_ok (book, "Blad1");

  assert_number (sheet, 1, 1, TAFEL_CELL_NUMBER, 46336, "46336");
  assert_number (sheet, 1, 2, TAFEL_CELL_DATE, 46336, "2026-11-10");
  assert_number (sheet, 1, 3, TAFEL_CELL_DATE, 46336.5, "2026-11-10T12:00:00");
  assert_number (sheet, 1, 4, TAFEL_CELL_DATE, 46336, "2026-11-10");
  assert_number (sheet, 1, 5, TAFEL_CELL_NUMBER, 46336, "46336");
  assert_number (sheet, 1, 6, TAFEL_CELL_NUMBER, 46336, "46336");
  assert_number (sheet, 1, 7, TAFEL_CELL_DATE, 0.75, "1899-12-30T18:00:00");
  assert_number (sheet, 1, 8, TAFEL_CELL_NUMBER, 46336, "46336");
  assert_number (sheet, 1, 9, TAFEL_CELL_DATE, 46336.999999, "2026-11-11");
  assert_number (sheet, 1, 10, TAFEL_CELL_NUMBER, 46336, "46336");
  assert_number (sheet, 1, 11, TAFEL_CELL_NUMBER, 46336, "46336");   /* no such style */
  assert_number (sheet, 1, 12, TAFEL_CELL_NUMBER, -1, "-1");         /* not a date Excel shows */
  assert_number (sheet, 1, 13, TAFEL_CELL_NUMBER, 2958466, "2958466");
  assert_number (sheet, 1, 14, TAFEL_CELL_DATE, 60, "1900-02-28");
}

static void
test_date1904 (void)
{
  Spec spec = { .workbook_pr = "date1904=\"1\"", .styles = styles_xml, .data = styled_cells };
  g_autoptr(GBytes) bytes = make_book (&spec);
  g_autoptr(TafelXlsxBook) book = open_ok (bytes);
  TafelXlsxReadSheet *sheet = sheet_ok (book, "Blad1");

  g_assert_true (tafel_xlsx_book_is_date1904 (book));
  /* Dates are converted to the 1900 system; plain numbers stay. */
  assert_number (sheet, 1, 1, TAFEL_CELL_NUMBER, 46336, "46336");
  assert_number (sheet, 1, 2, TAFEL_CELL_DATE, 46336 + 1462, "2030-11-11");
  assert_number (sheet, 1, 3, TAFEL_CELL_DATE, 46336.5 + 1462, "2030-11-11T12:00:00");
  assert_number (sheet, 1, 7, TAFEL_CELL_DATE, 1462.75, "1904-01-01T18:00:00");
}

static void
test_format_codes (void)
{
  const struct { const char *code; gboolean date; } cases[] = {
    { "General", FALSE }, { "0", FALSE }, { "0.00", FALSE }, { "#,##0.00", FALSE },
    { "0%", FALSE }, { "0.00E+00", FALSE }, { "@", FALSE }, { "€ #,##0.00", FALSE },
    { "\"dagen\" 0", FALSE }, { "[Red]0", FALSE }, { "[$€-413] #,##0.00", FALSE },
    { "0\\d", FALSE }, { "_-* #,##0_-", FALSE }, { "\"unterminated", FALSE }, { "[x", FALSE },
    { "dd-mm-yyyy", TRUE }, { "d-m-yyyy hh:mm", TRUE }, { "[$-413]d mmmm yyyy", TRUE },
    { "yyyy\\-mm\\-dd", TRUE }, { "h:mm AM/PM", TRUE }, { "[h]:mm:ss", TRUE }, { "[ss]", TRUE },
    { "mm:ss.0", TRUE }, { "DD/MM/YY", TRUE }, { "\"jaar\" yyyy", TRUE }, { "", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].code);
      g_assert_cmpint (_tafel_xlsx_format_is_date (cases[i].code), ==, cases[i].date);
    }
}

static void
test_numbers_and_dates (void)
{
  const struct { double value; const char *text; } numbers[] = {
    { 2.5, "2.5" }, { 60, "60" }, { 0.1, "0.1" }, { 1.0 / 3, "0.3333333333333333" },
    { -1234567.125, "-1234567.125" }, { 1e21, "1e+21" }, { -2.2250738585072014e-308, "-2.2250738585072014e-308" },
  };
  const struct { double serial; const char *iso; } dates[] = {
    { 0, "1899-12-30" }, { 0.5, "1899-12-30T12:00:00" }, { 1, "1900-01-01" }, { 59, "1900-02-28" },
    { 61, "1900-03-01" }, { 46336, "2026-11-10" }, { 2958465.5, "9999-12-31T12:00:00" },
    { 36526.000011574, "2000-01-01T00:00:01" },
  };
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  double serial;

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      _tafel_xlsx_format_number (numbers[i].value, buf, sizeof buf);
      g_assert_cmpstr (buf, ==, numbers[i].text);
    }
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_assert_true (_tafel_xlsx_serial_to_iso (dates[i].serial, buf, sizeof buf));
      g_assert_cmpstr (buf, ==, dates[i].iso);
    }
  g_assert_false (_tafel_xlsx_serial_to_iso (-0.5, buf, sizeof buf));
  g_assert_false (_tafel_xlsx_serial_to_iso (2958466, buf, sizeof buf));
  g_assert_false (_tafel_xlsx_serial_to_iso (2958465.999999999, buf, sizeof buf));

  g_assert_true (_tafel_xlsx_iso_to_serial ("2026-11-10T12:00", &serial));
  g_assert_cmpfloat (serial, ==, 46336.5);
  g_assert_true (_tafel_xlsx_iso_to_serial ("2026-11-10 06:00:00+02:00", &serial));
  g_assert_cmpfloat (serial, ==, 46336.25);
  for (guint i = 0; i < 6; i++)
    {
      const char *bad[] = { "2026-13-01", "1899-12-31", "2026-11-10T25:00", "2026-1-10", "2026-11-10x", "" };
      g_assert_false (_tafel_xlsx_iso_to_serial (bad[i], &serial));
    }
}

/* Prefixed namespaces, an absolute target and no shared strings or
 * styles at all (openpyxl, some .NET writers). */
static void
test_package_variants (void)
{
  Spec spec = {
    .sheets = "<sheet name=\"Één\" sheetId=\"1\" r:id=\"rId1\"/>"
              "<sheet name=\"Twee\" sheetId=\"2\" state=\"veryHidden\" r:id=\"rId9\"/>",
    .target = "/xl/worksheets/sheet1.xml",
    .rels = "<Relationship Id=\"rId9\" Type=\"" REL "worksheet\" Target=\"../xl/./worksheets//sheet1.xml\"/>",
    .sheet1 = "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
              "<x:sheetData><x:row r=\"2\"><x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t>x</x:t></x:is></x:c>"
              "</x:row></x:sheetData></x:worksheet>",
  };
  g_autoptr(GBytes) bytes = make_book (&spec);
  g_autoptr(TafelXlsxBook) book = open_ok (bytes);

  g_assert_cmpstr (tafel_xlsx_book_get_sheet_name (book, 0), ==, "Één");
  g_assert_true (tafel_xlsx_book_sheet_is_hidden (book, 1));
  assert_cell (sheet_ok (book, "één"), 2, 2, TAFEL_CELL_STRING, "x");
  assert_cell (sheet_ok (book, "twee"), 2, 2, TAFEL_CELL_STRING, "x");
  g_assert_null (tafel_xlsx_book_get_property (book, "creator"));
}

/* Dates libgsf cannot make a GDateTime of (month 0, 62 seconds) make it
 * complain; they are left out, and the workbook reads as ever. */
static void
test_bad_dates (void)
{
  const guint32 times[] = { 0x00000001, 0x5c21bfff, 0x5dbf0000, 0x5c21c000, 0x5c2f0000, 0xffffffff };

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(TafelXlsxBook) book = NULL;
      EntryOptions options = { .method = 8, .dos_time = times[i] };
      const char *sheet = "<worksheet " NS "><sheetData><row><c><v>7</v></c></row></sheetData></worksheet>";
      Zip *zip = zip_new ();

      add_book (zip, &(Spec) { 0 });
      zip_add_full (zip, "xl/worksheets/sheet1.xml", sheet, strlen (sheet), &options);
      bytes = zip_finish (zip);
      book = open_ok (bytes);
      assert_cell (sheet_ok (book, "Blad1"), 1, 1, TAFEL_CELL_NUMBER, "7");
    }
}

/* A sheet of 10,000 rows of 20 cells, half shared strings, in order. */
static void
test_big_sheet (void)
{
  g_autoptr(GString) data = g_string_new (NULL);
  g_autoptr(GString) sst = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TafelXlsxBook) book = NULL;
  TafelXlsxReadSheet *sheet;

  for (guint i = 0; i < 100; i++)
    g_string_append_printf (sst, "<si><t>tekst %u</t></si>", i);
  for (guint row = 1; row <= 10000; row++)
    {
      g_string_append_printf (data, "<row r=\"%u\" spans=\"1:20\">", row);
      for (guint col = 1; col <= 20; col++)
        if (col % 2 == 1)
          g_string_append_printf (data, "<c t=\"s\"><v>%u</v></c>", (row + col) % 100);
        else
          g_string_append_printf (data, "<c><v>%u.5</v></c>", row * col);
      g_string_append (data, "</row>");
    }
  {
    Spec spec = { .data = data->str, .sst = sst->str };
    bytes = make_book (&spec);
  }
  book = open_ok (bytes);
  sheet = sheet_ok (book, "Blad1");

  g_assert_cmpuint (tafel_xlsx_sheet_get_n_rows (sheet), ==, 10000);
  g_assert_cmpuint (tafel_xlsx_sheet_get_n_cells (sheet), ==, 200000);
  assert_cell (sheet, 1, 1, TAFEL_CELL_STRING, "tekst 2");
  assert_number (sheet, 1, 2, TAFEL_CELL_NUMBER, 2.5, "2.5");
  assert_cell (sheet, 9999, 19, TAFEL_CELL_STRING, "tekst 18");
  assert_number (sheet, 10000, 20, TAFEL_CELL_NUMBER, 200000.5, "200000.5");
  assert_cell (sheet, 10000, 21, TAFEL_CELL_EMPTY, NULL);
}

/* ---- hostile and damaged files --------------------------------------------- */

#define LAUGHS \
  "<!DOCTYPE lolz [\n" \
  " <!ENTITY a \"lollollollollollollollollollol\">\n" \
  " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n" \
  " <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n" \
  " <!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n" \
  " <!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n" \
  " <!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n" \
  " <!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">\n" \
  " <!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">\n" \
  " <!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">\n" \
  "]>\n"

static void
test_refuse_entities (void)
{
  const char *dtd = "declares a document type (DTD)";
  Zip *zip;
  g_autoptr(GBytes) laughs_sst = NULL;
  g_autoptr(GBytes) laughs_sheet = NULL;
  g_autoptr(GBytes) external = NULL;
  g_autoptr(GBytes) parameter = NULL;
  g_autoptr(GBytes) plain = NULL;

  zip = zip_new ();
  add_book (zip, &(Spec) { .data = "" });
  zip_add (zip, "xl/sharedStrings.xml", "<?xml version=\"1.0\"?>\n" LAUGHS "<sst " NS "><si><t>&i;</t></si></sst>");
  laughs_sst = zip_finish (zip);
  assert_refused (laughs_sst, dtd);
  assert_refused (laughs_sst, "“xl/sharedStrings.xml”");

  laughs_sheet = make_book (&(Spec) {
    .sheet1 = LAUGHS "<worksheet " NS "><sheetData><row><c t=\"str\"><v>&i;</v></c></row></sheetData></worksheet>" });
  assert_sheet_refused (laughs_sheet, dtd);
  assert_sheet_refused (laughs_sheet, "“xl/worksheets/sheet1.xml”");

  external = make_book (&(Spec) {
    .sheet1 = "<!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
              "<worksheet " NS "><sheetData><row><c t=\"str\"><v>&x;</v></c></row></sheetData></worksheet>" });
  assert_sheet_refused (external, dtd);

  parameter = make_book (&(Spec) {
    .sheet1 = "<!DOCTYPE w [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]><worksheet " NS "/>" });
  assert_sheet_refused (parameter, "“xl/worksheets/sheet1.xml”");

  /* Without a DTD an entity is simply not declared: not valid XML. */
  plain = make_book (&(Spec) { .data = "<row><c t=\"str\"><v>&x;</v></c></row>" });
  assert_sheet_refused (plain, "is not valid XML (line 1)");
}

/* @size bytes of text over four letters, without repetitions within
 * deflate's window: it packs only about four times smaller. */
static guint8 *
make_incompressible (gsize size)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261110);
  guint8 *data = g_malloc (size);
  const gsize block = 96 * 1024;

  for (gsize i = 0; i < MIN (size, block); i++)
    data[i] = "abcd"[g_rand_int_range (rand, 0, 4)];
  for (gsize i = block; i < size; i += block)
    memcpy (data + i, data, MIN (block, size - i));
  return data;
}

static void
test_refuse_zip_bombs (void)
{
  EntryOptions huffman = { .method = 8, .strategy = Z_HUFFMAN_ONLY };
  EntryOptions deflated = { .method = 8 };
  g_autofree guint8 *big = make_incompressible (60 * MB);
  g_autofree guint8 *zeros = g_malloc0 (5 * MB);
  g_autoptr(GBytes) too_big = NULL;
  g_autoptr(GBytes) ratio = NULL;
  g_autoptr(GBytes) total = NULL;
  g_autoptr(GBytes) small_ratio = NULL;
  g_autoptr(TafelXlsxBook) book = NULL;
  g_autoptr(GError) error = NULL;
  Zip *zip;

  /* 60 MB that packs four times smaller: refused at 50 MB. */
  zip = zip_new ();
  add_book (zip, &(Spec) { 0 });
  zip_add_full (zip, "xl/worksheets/sheet1.xml", big, 60 * MB, &huffman);
  too_big = zip_finish (zip);
  g_assert_cmpuint (g_bytes_get_size (too_big), <, TAFEL_XLSX_MAX_FILE_SIZE);
  assert_sheet_refused (too_big, "“workbook” is refused: the part “xl/worksheets/sheet1.xml” unpacks to more than 50 MB.");

  /* 5 MB of zeros pack a thousand times smaller. */
  zip = zip_new ();
  add_book (zip, &(Spec) { 0 });
  zip_add_full (zip, "xl/worksheets/sheet1.xml", zeros, 5 * MB, &deflated);
  ratio = zip_finish (zip);
  assert_sheet_refused (ratio, "is packed more than 100 times smaller than it unpacks, as zip bombs are");

  /* The same in the shared strings refuses the workbook itself. */
  zip = zip_new ();
  add_book (zip, &(Spec) { .data = "" });
  zip_add_full (zip, "xl/sharedStrings.xml", zeros, 5 * MB, &deflated);
  small_ratio = zip_finish (zip);
  assert_refused (small_ratio, "“xl/sharedStrings.xml” is packed more than 100 times smaller");

  /* Five sheets of one 45 MB part: the fifth passes 200 MB in all. */
  zip = zip_new ();
  add_book (zip, &(Spec) {
    .sheets = "<sheet name=\"S1\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"S2\" sheetId=\"2\" r:id=\"rId1\"/>"
              "<sheet name=\"S3\" sheetId=\"3\" r:id=\"rId1\"/><sheet name=\"S4\" sheetId=\"4\" r:id=\"rId1\"/>"
              "<sheet name=\"S5\" sheetId=\"5\" r:id=\"rId1\"/>" });
  zip_add_full (zip, "xl/worksheets/sheet1.xml", big, 45 * MB, &huffman);
  total = zip_finish (zip);
  book = open_ok (total);
  for (guint i = 0; i < 4; i++)
    {
      g_assert_null (tafel_xlsx_book_get_sheet_by_index (book, i, &error));
      assert_message (error, "is not valid XML");
      g_clear_error (&error);
    }
  g_assert_null (tafel_xlsx_book_get_sheet_by_index (book, 4, &error));
  assert_message (error, "“workbook” is refused: its parts unpack to more than 200 MB together.");
}

static void
test_refuse_entries (void)
{
  g_autoptr(GBytes) too_many = NULL;
  g_autoptr(GBytes) just_enough = NULL;
  g_autoptr(TafelXlsxBook) book = NULL;
  Zip *zip;

  zip = zip_new ();
  for (guint i = 0; i < 201; i++)
    {
      g_autofree char *name = g_strdup_printf ("xl/media/image%u.png", i);
      zip_add_stored (zip, name, "x");
    }
  too_many = zip_finish (zip);
  assert_refused (too_many, "“workbook” is refused: it holds more than 200 files.");

  zip = zip_new ();
  add_book (zip, &(Spec) { .data = "<row><c><v>1</v></c></row>" });
  for (guint i = zip->n; i < 200; i++)
    {
      g_autofree char *name = g_strdup_printf ("xl/media/image%u.png", i);
      zip_add_stored (zip, name, "x");
    }
  just_enough = zip_finish (zip);
  book = open_ok (just_enough);
  assert_cell (sheet_ok (book, "Blad1"), 1, 1, TAFEL_CELL_NUMBER, "1");
}

static void
test_refuse_names (void)
{
  const struct { const char *name; const char *mentions; } cases[] = {
    { "../evil.xml", "contains the file name “../evil.xml”, which points outside the workbook" },
    { "/abs.xml", "contains the file name “/abs.xml”, which points outside the workbook" },
    { "a\\..\\b", "contains the file name “a\\..\\b”, which points outside the workbook" },
    { "xl/../../evil.xml", "points outside the workbook" },
    { "xl/..", "points outside the workbook" },
    { "C:/evil.xml", "points outside the workbook" },
    { "xl//sheet.xml", "the invalid file name “xl//sheet.xml”" },
    { "xl/./sheet.xml", "invalid file name" },
    { "xl/a\tb.xml", "invalid file name “xl/a?b.xml”" },
    { "", "invalid file name" },
    { "xl/workbook.xml", "contains the file “xl/workbook.xml” twice" },
    { "XL/Workbook.xml", "contains the file “XL/Workbook.xml” twice" },
    { "xl/workbook.xml/inside", "its list of files cannot be read" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = NULL;
      Zip *zip = zip_new ();

      g_test_message ("entry “%s”", cases[i].name);
      add_book (zip, &(Spec) { .data = "" });
      zip_add_stored (zip, cases[i].name, "<x/>");
      bytes = zip_finish (zip);
      assert_refused (bytes, cases[i].mentions);
    }
}

static void
test_refuse_damaged_zip (Fixture      *f,
                         gconstpointer user_data)
{
  g_autofree char *path = g_build_filename (f->dir, "echt.xlsx", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) half = NULL;
  g_autoptr(GBytes) not_zip = g_bytes_new_static ("hello, world", 12);
  g_autoptr(GBytes) ole = g_bytes_new_static ("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 and more", 18);
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GBytes) no_workbook = NULL;
  g_autoptr(GBytes) bad_crc = NULL;
  g_autoptr(GBytes) encrypted = NULL;
  g_autoptr(GBytes) bzip2 = NULL;
  g_autoptr(GBytes) overlap = NULL;
  g_autoptr(GBytes) elsewhere = NULL;
  gsize length = 0;
  Zip *zip;

  write_lxw_book (path, FALSE);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));

  half = g_bytes_new (contents, length / 2);
  assert_refused (half, "“workbook” is damaged: the file is incomplete");
  /* Cut anywhere, or with a byte changed anywhere: refused or read, never
   * more. */
  for (gsize cut = 0; cut < length; cut += 1 + cut / 7)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (contents, cut);
      g_autoptr(GError) error = NULL;
      g_autoptr(TafelXlsxBook) book = tafel_xlsx_book_open_bytes (bytes, &error);

      g_assert_null (book);
      g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT);
    }
  for (gsize at = 0; at < length; at += 1 + at / 11)
    {
      g_autofree char *changed = g_memdup2 (contents, length);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(TafelXlsxBook) book = NULL;

      changed[at] ^= 0x5a;
      bytes = g_bytes_new_take (g_steal_pointer (&changed), length);
      book = tafel_xlsx_book_open_bytes (bytes, &error);
      if (book != NULL)
        read_everything (book);
      else
        g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT);
    }

  assert_refused (not_zip, "“workbook” is not an Excel workbook (.xlsx): it is not a zip file.");
  assert_refused (ole, "it is an older Excel file (.xls) or one protected with a password");
  assert_refused (empty, "“workbook” is not an Excel workbook (.xlsx): the file is empty.");

  zip = zip_new ();
  zip_add (zip, "[Content_Types].xml", "<Types/>");
  zip_add (zip, "word/document.xml", "<document/>");
  no_workbook = zip_finish (zip);
  assert_refused (no_workbook, "is not an Excel workbook (.xlsx): it has no “xl/workbook.xml”.");

  zip = zip_new ();
  add_book (zip, &(Spec) { 0 });
  zip_add_full (zip, "xl/worksheets/sheet1.xml", "<worksheet/>", 12, &(EntryOptions) { .method = 8, .crc_xor = 1 });
  bad_crc = zip_finish (zip);
  assert_sheet_refused (bad_crc, "is damaged: “xl/worksheets/sheet1.xml” cannot be unpacked.");

  zip = zip_new ();
  add_book (zip, &(Spec) { 0 });
  zip_add_full (zip, "xl/worksheets/sheet1.xml", "<worksheet/>", 12, &(EntryOptions) { .flags = 1 });
  encrypted = zip_finish (zip);
  assert_sheet_refused (encrypted, "“xl/worksheets/sheet1.xml” is encrypted or packed in a way Excel does not use");

  zip = zip_new ();
  add_book (zip, &(Spec) { 0 });
  zip_add_full (zip, "xl/worksheets/sheet1.xml", "<worksheet/>", 12, &(EntryOptions) { .method = 12 });
  bzip2 = zip_finish (zip);
  assert_sheet_refused (bzip2, "is encrypted or packed in a way Excel does not use");

  /* Packed data that runs into the next file, as in overlapping bombs;
   * a directory entry that points at another file's header. */
  zip = zip_new ();
  add_book (zip, &(Spec) { .data = "" });
  zip_add_full (zip, "xl/media/a.xml", "<x/>", 4, &(EntryOptions) { .method = 8, .csize_extra = 10 });
  zip_add_stored (zip, "xl/media/b.xml", "<y/>");
  overlap = zip_finish (zip);
  assert_refused (overlap, "its list of files cannot be read");

  zip = zip_new ();
  add_book (zip, &(Spec) { .data = "" });
  zip_add_full (zip, "xl/media/a.xml", "<x/>", 4, &(EntryOptions) { .offset = 1 });
  elsewhere = zip_finish (zip);
  assert_refused (elsewhere, "its list of files cannot be read");
}

static void
test_refuse_files (Fixture      *f,
                   gconstpointer user_data)
{
  g_autofree char *big = g_build_filename (f->dir, "groot.xlsx", NULL);
  g_autofree char *empty = g_build_filename (f->dir, "leeg.xlsx", NULL);
  g_autofree char *text = g_build_filename (f->dir, "tekst.xlsx", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "weg.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  int fd;

  /* 21 MB, sparse: refused by its size before anything is read. */
  fd = g_open (big, O_WRONLY | O_CREAT, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, 21 * MB), ==, 0);
  close (fd);
  g_assert_null (tafel_xlsx_book_open (big, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT);
  g_assert_cmpstr (error->message, ==, "“groot.xlsx” is refused: it is larger than 20 MB.");
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  g_assert_null (tafel_xlsx_book_open (empty, &error));
  g_assert_cmpstr (error->message, ==, "“leeg.xlsx” is not an Excel workbook (.xlsx): the file is empty.");
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (text, "Naam;Uren\nJansen;2,5\n", -1, NULL));
  g_assert_null (tafel_xlsx_book_open (text, &error));
  g_assert_cmpstr (error->message, ==, "“tekst.xlsx” is not an Excel workbook (.xlsx): it is not a zip file.");
  g_clear_error (&error);

  g_assert_null (tafel_xlsx_book_open (f->dir, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT);
  g_assert_nonnull (strstr (error->message, "it is not a file"));
  g_clear_error (&error);

  g_assert_null (tafel_xlsx_book_open (missing, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "“weg.xlsx” cannot be read"));
}

static void
test_refuse_relationships (void)
{
  const struct { const char *target; const char *mentions; } cases[] = {
    { "../../etc/passwd", "it refers to “../../etc/passwd”, which is outside the workbook" },
    { "/../evil.xml", "outside the workbook" },
    { "http://example.com/sheet.xml", "outside the workbook" },
    { "worksheets\\..\\..\\evil.xml", "outside the workbook" },
    { "", "it refers to “”, which is not a file" },
    { "worksheets/", "it refers to “worksheets/”, which is not a file" },
    { "/", "which is not a file" },
  };
  g_autoptr(GBytes) external = make_book (&(Spec) {
    .sheets = "<sheet name=\"Blad1\" sheetId=\"1\" r:id=\"rId9\"/>",
    .rels = "<Relationship Id=\"rId9\" Type=\"" REL "worksheet\" Target=\"sheet.xml\" TargetMode=\"External\"/>" });
  g_autoptr(GBytes) missing_rel = make_book (&(Spec) { .sheets = "<sheet name=\"Blad1\" sheetId=\"1\" r:id=\"rId7\"/>" });
  g_autoptr(GBytes) missing_part = make_book (&(Spec) { 0 });
  g_autoptr(GBytes) twice = make_book (&(Spec) {
    .sheets = "<sheet name=\"Blad1\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"BLAD1\" sheetId=\"2\" r:id=\"rId1\"/>" });
  g_autoptr(GBytes) nameless = make_book (&(Spec) { .sheets = "<sheet sheetId=\"1\" r:id=\"rId1\"/>" });
  g_autoptr(GBytes) bad_sst = make_book (&(Spec) {
    .rels = "<Relationship Id=\"rId4\" Type=\"" REL "sharedStrings\" Target=\"../../sst.xml\"/>" });
  Zip *zip;
  g_autoptr(GBytes) no_rels = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = make_book (&(Spec) { .target = cases[i].target, .data = "" });

      assert_refused (bytes, cases[i].mentions);
    }
  assert_refused (external, "it refers to “sheet.xml”, which is outside the workbook");
  assert_refused (missing_rel, "the sheet “Blad1” has no contents");
  assert_sheet_refused (missing_part, "“workbook” is damaged: “xl/worksheets/sheet1.xml” is missing.");
  assert_refused (twice, "it has two sheets called “BLAD1”");
  assert_refused (nameless, "it has a sheet without a name");

  /* Every shared strings relationship is checked, not only the one used. */
  assert_refused (bad_sst, "it refers to “../../sst.xml”, which is outside the workbook");

  zip = zip_new ();
  zip_add (zip, "xl/workbook.xml", "<workbook/>");
  no_rels = zip_finish (zip);
  assert_refused (no_rels, "“xl/_rels/workbook.xml.rels” is missing");
}

static void
test_refuse_cells (void)
{
  const struct { const char *data; const char *mentions; } cases[] = {
    { "<row><c r=\"XFE1\"><v>1</v></c></row>", "the sheet “Blad1” has a cell beyond XFD1048576 (“XFE1”)" },
    { "<row><c r=\"A1048577\"><v>1</v></c></row>", "beyond XFD1048576 (“A1048577”)" },
    { "<row r=\"1048577\"/>", "beyond XFD1048576 (“A1048577”)" },
    { "<row r=\"1048576\"/><row><c><v>1</v></c></row>", "beyond XFD1048576 (“A1048577”)" },
    { "<row><c r=\"XFD1\"/><c><v>1</v></c></row>", "beyond XFD1048576 (“XFE1”)" },
    { "<row><c r=\"ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ1\"/></row>",
      "beyond XFD1048576 (“ABCDEFGHIJKLMNOPQRSTUVWX…”)" },
    { "<row><c r=\"A99999999999999999999\"/></row>", "beyond XFD1048576" },
    { "<row><c r=\"1A\"/></row>", "the sheet “Blad1” has a cell with the invalid reference “1A”" },
    { "<row><c r=\"A0\"/></row>", "invalid reference “A0”" },
    { "<row><c r=\"$A$1\"/></row>", "invalid reference “$A$1”" },
    { "<row><c r=\"\"/></row>", "invalid reference “”" },
    { "<row r=\"x\"/>", "invalid reference “Ax”" },
    { "<row r=\"0\"/>", "invalid reference “A0”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = make_book (&(Spec) { .data = cases[i].data });

      assert_sheet_refused (bytes, cases[i].mentions);
    }
}

static void
test_refuse_xml (void)
{
  g_autoptr(GBytes) sheet = make_book (&(Spec) {
    .sheet1 = "<worksheet " NS ">\n<sheetData>\n<row>\n<c><v>1</v></row>\n</sheetData>\n</worksheet>" });
  g_autoptr(GBytes) truncated = make_book (&(Spec) { .sheet1 = "<worksheet " NS "><sheetData><row>" });
  g_autoptr(GBytes) empty = make_book (&(Spec) { .sheet1 = "" });
  g_autoptr(GBytes) encoding = make_book (&(Spec) {
    .sheet1 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet " NS "/>" });
  g_autoptr(GBytes) workbook = NULL;
  g_autoptr(GBytes) styles = make_book (&(Spec) { .data = "", .styles = "<styleSheet><numFmts>" });
  g_autoptr(GBytes) sst = make_book (&(Spec) { .data = "", .sst = "<si><t>a</si>" });
  g_autoptr(GBytes) binary = make_book (&(Spec) { .sheet1 = "<worksheet>\x01</worksheet>" });
  Zip *zip;

  assert_sheet_refused (sheet, "“workbook” is damaged: “xl/worksheets/sheet1.xml” is not valid XML (line 4).");
  assert_sheet_refused (truncated, "is not valid XML");
  assert_sheet_refused (empty, "is not valid XML");
  assert_sheet_refused (encoding, "is not valid XML");
  assert_sheet_refused (binary, "is not valid XML");
  assert_refused (styles, "“xl/styles.xml” is not valid XML");
  assert_refused (sst, "“xl/sharedStrings.xml” is not valid XML");

  zip = zip_new ();
  zip_add (zip, "xl/workbook.xml", "<workbook><sheets><sheet name=\"a\"></workbook>");
  workbook = zip_finish (zip);
  assert_refused (workbook, "“xl/workbook.xml” is not valid XML (line 1)");
}

/* ---- the fuzzer's files ---------------------------------------------------- */

static void
open_all_in (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  if (listing == NULL)
    {
      g_test_message ("no folder %s", dir);
      return;
    }
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(TafelXlsxBook) book = NULL;

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR) || g_str_has_prefix (name, "README"))
        continue;
      book = tafel_xlsx_book_open (path, &error);
      if (book != NULL)
        read_everything (book);
      else
        g_assert_true (error != NULL && error->domain == TAFEL_ERROR);
      n++;
    }
  g_test_message ("%u files in %s", n, dir);
}

static void
test_fuzz_files (void)
{
  g_autofree char *corpus = g_test_build_filename (G_TEST_DIST, "fuzz", "corpus", NULL);
  g_autofree char *regressions = g_test_build_filename (G_TEST_DIST, "fuzz", "regressions", NULL);

  g_assert_true (g_file_test (corpus, G_FILE_TEST_IS_DIR));
  open_all_in (corpus);
  open_all_in (regressions);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/xlsx-reader/libxlsxwriter/shared-strings", Fixture, GINT_TO_POINTER (FALSE),
              fixture_setup, test_libxlsxwriter, fixture_teardown);
  g_test_add ("/xlsx-reader/libxlsxwriter/inline-strings", Fixture, GINT_TO_POINTER (TRUE),
              fixture_setup, test_libxlsxwriter, fixture_teardown);
  g_test_add ("/xlsx-reader/openpyxl", Fixture, NULL, fixture_setup, test_openpyxl, fixture_teardown);
  g_test_add ("/xlsx-reader/libreoffice", Fixture, NULL, fixture_setup, test_libreoffice, fixture_teardown);
  g_test_add_func ("/xlsx-reader/cells/kinds", test_cell_kinds);
  g_test_add_func ("/xlsx-reader/cells/references", test_references);
  g_test_add_func ("/xlsx-reader/cells/date-styles", test_date_styles);
  g_test_add_func ("/xlsx-reader/cells/date1904", test_date1904);
  g_test_add_func ("/xlsx-reader/cells/format-codes", test_format_codes);
  g_test_add_func ("/xlsx-reader/cells/numbers-and-dates", test_numbers_and_dates);
  g_test_add_func ("/xlsx-reader/package-variants", test_package_variants);
  g_test_add_func ("/xlsx-reader/bad-dates", test_bad_dates);
  g_test_add_func ("/xlsx-reader/big-sheet", test_big_sheet);
  g_test_add_func ("/xlsx-reader/refused/entities", test_refuse_entities);
  g_test_add_func ("/xlsx-reader/refused/zip-bombs", test_refuse_zip_bombs);
  g_test_add_func ("/xlsx-reader/refused/entries", test_refuse_entries);
  g_test_add_func ("/xlsx-reader/refused/names", test_refuse_names);
  g_test_add ("/xlsx-reader/refused/damaged-zip", Fixture, NULL, fixture_setup, test_refuse_damaged_zip,
              fixture_teardown);
  g_test_add ("/xlsx-reader/refused/files", Fixture, NULL, fixture_setup, test_refuse_files, fixture_teardown);
  g_test_add_func ("/xlsx-reader/refused/relationships", test_refuse_relationships);
  g_test_add_func ("/xlsx-reader/refused/cells", test_refuse_cells);
  g_test_add_func ("/xlsx-reader/refused/xml", test_refuse_xml);
  g_test_add_func ("/xlsx-reader/fuzz-files", test_fuzz_files);

  return g_test_run ();
}
