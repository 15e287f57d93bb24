/* test-uitvraag-export.c: the workbooks providers fill in, read back
 *
 * Checks on the XML parts (sheets and their states, _meta, protection,
 * locked and unlocked cells, the data validations with their texts, the
 * prefilled rows with their hidden keys), the TafelUitvraag rows that
 * record them, one workbook per invited organisation with safe and
 * distinct file names, progress and cancelling, the sad paths, and
 * openpyxl and LibreOffice opening a workbook. The reading helpers are
 * those of test-export-pve.c.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <gsf/gsf-infile-zip.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-stdio.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "tafel-error.h"
#include "tafel-inlevering.h"
#include "tafel-test-book.h"
#include "tafel-test-util.h"
#include "tafel-traject-setup.h"
#include "tafel-uitvraag-export.h"
#include "tafel-uitvraag-layout.h"
#include "tafel-xlsx-reader.h"


/* ---- reading a workbook (more in tafel-test-book.h) ----------------------- */

static void
assert_cell (Book       *book,
             const char *sheet,
             const char *ref,
             const char *expected)
{
  g_autofree char *value = cell_value (book, sheet, ref);

  g_assert_cmpstr (value, ==, expected);
}

/* Whether the style of @ref leaves the cell unlocked once the sheet is
 * protected (a cell without a style is locked). */
static gboolean
cell_unlocked (Book       *book,
               const char *sheet,
               const char *ref)
{
  g_autofree char *style = cell_attr (book, sheet, ref, "s");
  g_autofree char *locked = NULL;

  if (*style == '\0')
    return FALSE;
  locked = xpath_string (book_doc (book, "xl/styles.xml"), "//m:cellXfs/m:xf[%d]/m:protection/@locked",
                         atoi (style) + 1);
  return g_str_equal (locked, "0");
}

static char *
ref (const char *col,
     guint       row)
{
  return g_strdup_printf ("%s%u", col, row);
}

/* The attribute (or, with @attr a child such as "m:formula2", the
 * element) of the data validation that covers exactly @sqref. */
static char *
validation (Book       *book,
            const char *sheet,
            const char *sqref,
            const char *attr)
{
  return xpath_string (book_sheet (book, sheet), "//m:dataValidation[@sqref='%s']/%s", sqref, attr);
}

static void
assert_validation (Book       *book,
                   const char *sheet,
                   const char *sqref,
                   const char *attr,
                   const char *expected)
{
  g_autofree char *value = validation (book, sheet, sqref, attr);

  g_assert_cmpstr (value, ==, expected);
}

static void
assert_xpath (xmlDoc     *doc,
              const char *expected,
              const char *expr)
{
  g_autofree char *value = xpath_string (doc, "%s", expr);

  g_assert_cmpstr (value, ==, expected);
}

/* A prefilled row's hidden key. */
static void
assert_key_cell (Book       *book,
                 const char *sheet,
                 const char *ref)
{
  g_autofree char *value = cell_value (book, sheet, ref);

  g_assert_true (g_str_has_prefix (value, "dp:"));
}

/* ---- the traject -------------------------------------------------------- */

typedef struct {
  char             *dir;
  char             *path;
  TafelStore       *store;
  TafelTraject     *traject;
  gint64            traject_id;
  TafelSessie      *sessie;
  gint64            sessie_id;
  GPtrArray        *deelproducten;
  TafelOrganisatie *zorgkracht;
  gint64            zorgkracht_id;
} Fixture;

static void
set_string (Fixture    *f,
            gpointer    entity,
            const char *column,
            const char *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tafel_store_set_string (f->store, entity, column, value, &error));
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  TafelDeelproduct *dp0, *dp1;

  f->dir = tafel_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "uitvraag.xlsx", NULL);
  f->store = tafel_test_open_store (f->dir, "store.db");
  f->traject = tafel_test_create_traject (f->store, "segment-veel-voorkomend", "Inkoop J&O 2027");
  f->traject_id = tafel_entity_get_id (TAFEL_ENTITY (f->traject));
  f->deelproducten = tafel_store_list (f->store, TAFEL_TYPE_DEELPRODUCT, f->traject_id, &error);
  g_assert_no_error (error);

  f->sessie = tafel_traject_add_sessie (f->store, f->traject_id, &error);
  g_assert_no_error (error);
  f->sessie_id = tafel_entity_get_id (TAFEL_ENTITY (f->sessie));
  set_string (f, f->sessie, "name", "Sessie 2");
  set_string (f, f->sessie, "date", "2026-11-03");
  set_string (f, f->sessie, "deadline", "2026-11-10 12:00");

  f->zorgkracht = tafel_traject_ensure_organisatie (f->store, f->traject_id, "Zorgkracht", NULL, &error);
  g_assert_no_error (error);
  f->zorgkracht_id = tafel_entity_get_id (TAFEL_ENTITY (f->zorgkracht));

  /* dp 0: texts to show, three levels in use; dp 1: hours a month. */
  dp0 = g_ptr_array_index (f->deelproducten, 0);
  dp1 = g_ptr_array_index (f->deelproducten, 1);
  set_string (f, dp0, "doelgroepen", "Gezinnen met jonge kinderen");
  set_string (f, dp0, "beoogd_resultaat", "Het gezin kan zelf verder");
  set_string (f, dp0, "intensiteit", "2 uur per week");
  g_assert_true (tafel_store_set_bool (f->store, dp0, "niveau_intensief", FALSE, &error));
  g_assert_no_error (error);
  set_string (f, dp1, "intensiteit_eenheid", "uren_per_maand");
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_clear_object (&f->zorgkracht);
  g_clear_object (&f->sessie);
  g_clear_pointer (&f->deelproducten, g_ptr_array_unref);
  g_clear_object (&f->traject);
  g_assert_finalize_object (f->store);
  tafel_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static Book *
export_for (Fixture *f,
            gint64   organisatie_id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tafel_uitvraag_export (f->store, f->traject_id, f->sessie_id, organisatie_id, f->path, &error));
  g_assert_no_error (error);
  return book_open (f->path);
}

static GPtrArray *
list_uitvragen (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = tafel_store_list (f->store, TAFEL_TYPE_UITVRAAG, f->traject_id, &error);

  g_assert_no_error (error);
  return rows;
}

static char *
dp_key (Fixture    *f,
        guint       index,
        const char *niveau)
{
  gint64 id = tafel_entity_get_id (g_ptr_array_index (f->deelproducten, index));

  return niveau ? g_strdup_printf ("dp:%" G_GINT64_FORMAT ":%s", id, niveau)
                : g_strdup_printf ("dp:%" G_GINT64_FORMAT, id);
}

static guint
count_leftovers (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, ".~ontwikkeltafel-"))
      n++;
  return n;
}

/* ---- the workbook -------------------------------------------------------- */

static const char *const sheet_names[] = {
  "Instructie", "Aanbod", "Suggesties", "Intensiteit en duur", "Functiemix", "Groepen", "Advies",
  "Lijsten", "_meta",
};

static void
test_sheets (Fixture      *f,
             gconstpointer data)
{
  g_autoptr(Book) book = export_for (f, f->zorgkracht_id);
  xmlDoc *wb = book_doc (book, "xl/workbook.xml");
  g_autofree char *title = xpath_string (book_doc (book, "docProps/core.xml"), "//dc:title");

  g_assert_cmpfloat (xpath_count (wb, "//m:sheets/m:sheet"), ==, G_N_ELEMENTS (sheet_names));
  for (guint i = 0; i < G_N_ELEMENTS (sheet_names); i++)
    {
      g_autofree char *name = xpath_string (wb, "//m:sheets/m:sheet[%u]/@name", i + 1);
      g_autofree char *state = xpath_string (wb, "//m:sheets/m:sheet[%u]/@state", i + 1);

      g_assert_cmpstr (name, ==, sheet_names[i]);
      g_assert_cmpstr (state, ==, i >= 7 ? "hidden" : "");
    }
  g_assert_cmpstr (title, ==, "Uitvraag Inkoop J&O 2027 – Sessie 2");

  /* Instructie: who, until when, and what to do. */
  assert_cell (book, "Instructie", "A1", "Inkoop J&O 2027");
  assert_cell (book, "Instructie", "A4", "Organisation");
  assert_cell (book, "Instructie", "B4", "Zorgkracht");
  g_assert_false (cell_unlocked (book, "Instructie", "B4"));
  assert_cell (book, "Instructie", "B5", "Return this file before Tuesday 10 November 2026, 12:00.");
  assert_cell (book, "Instructie", "A9", "Aanbod");
  assert_cell (book, "Instructie", "A14", "Advies");

  /* Printed on A4 landscape, one page wide, with the header row on every
   * page and whose workbook it is in the footer. */
  assert_xpath (book_sheet (book, "Aanbod"), "&LInkoop J&&O 2027 – Zorgkracht&CSessie 2&RPage &P of &N",
                "//m:headerFooter/m:oddFooter");
  assert_xpath (book_sheet (book, "Aanbod"), "&LUitvraag&R&A", "//m:headerFooter/m:oddHeader");
  assert_xpath (book_sheet (book, "Aanbod"), "landscape", "//m:pageSetup/@orientation");
  assert_xpath (book_sheet (book, "Aanbod"), "9", "//m:pageSetup/@paperSize");
  assert_xpath (book_sheet (book, "Aanbod"), "0", "//m:pageSetup/@fitToHeight");
  assert_xpath (wb, "Aanbod!$4:$4", "//m:definedName[@name='_xlnm.Print_Titles' and @localSheetId='1']");
}

static void
test_meta (Fixture      *f,
           gconstpointer data)
{
  g_autoptr(Book) book = export_for (f, f->zorgkracht_id);
  g_autoptr(GPtrArray) rows = list_uitvragen (f);
  g_autofree char *traject_id = g_strdup_printf ("%" G_GINT64_FORMAT, f->traject_id);
  g_autofree char *sessie_id = g_strdup_printf ("%" G_GINT64_FORMAT, f->sessie_id);
  g_autofree char *org_id = g_strdup_printf ("%" G_GINT64_FORMAT, f->zorgkracht_id);
  const char *expected[][2] = {
    { TAFEL_UITVRAAG_META_FORMAT, TAFEL_UITVRAAG_FORMAT },
    { TAFEL_UITVRAAG_META_VERSION, "1" },
    { TAFEL_UITVRAAG_META_TRAJECT, traject_id },
    { TAFEL_UITVRAAG_META_TRAJECT_NAAM, "Inkoop J&O 2027" },
    { TAFEL_UITVRAAG_META_SESSIE, sessie_id },
    { TAFEL_UITVRAAG_META_SESSIE_NAAM, "Sessie 2" },
    { TAFEL_UITVRAAG_META_ORGANISATIE, org_id },
    { TAFEL_UITVRAAG_META_ORG_NAAM, "Zorgkracht" },
  };
  TafelUitvraag *uitvraag;
  guint row;

  for (row = 0; row < G_N_ELEMENTS (expected); row++)
    {
      g_autofree char *a = ref ("A", row + 1);
      g_autofree char *b = ref ("B", row + 1);

      g_autofree char *type = cell_attr (book, "_meta", b, "t");

      assert_cell (book, "_meta", a, expected[row][0]);
      assert_cell (book, "_meta", b, expected[row][1]);
      g_assert_cmpstr (type, ==, "s");   /* text, ids too */
    }

  /* Recorded once, with the key that is in the workbook. */
  g_assert_cmpuint (rows->len, ==, 1);
  uitvraag = g_ptr_array_index (rows, 0);
  g_assert_cmpint (tafel_uitvraag_get_sessie_id (uitvraag), ==, f->sessie_id);
  g_assert_cmpint (tafel_uitvraag_get_organisatie_id (uitvraag), ==, f->zorgkracht_id);
  g_assert_cmpstr (tafel_uitvraag_get_bestand (uitvraag), ==, f->path);
  g_assert_cmpint (tafel_entity_get_int (TAFEL_ENTITY (uitvraag), "versie"), ==, TAFEL_UITVRAAG_VERSION);
  g_assert_cmpuint (strlen (tafel_uitvraag_get_sleutel (uitvraag)), >=, 8);
  assert_cell (book, "_meta", "A9", TAFEL_UITVRAAG_META_SLEUTEL);
  assert_cell (book, "_meta", "B9", tafel_uitvraag_get_sleutel (uitvraag));
  assert_cell (book, "_meta", "A11", TAFEL_UITVRAAG_META_DEADLINE);
  assert_cell (book, "_meta", "B11", "2026-11-10T12:00");
}

static void
test_protection (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr(Book) book = export_for (f, f->zorgkracht_id);

  for (guint i = 0; i < G_N_ELEMENTS (sheet_names); i++)
    {
      xmlDoc *doc = book_sheet (book, sheet_names[i]);
      g_autofree char *sheet = xpath_string (doc, "//m:sheetProtection/@sheet");
      g_autofree char *sort = xpath_string (doc, "//m:sheetProtection/@sort");
      g_autofree char *filter = xpath_string (doc, "//m:sheetProtection/@autoFilter");
      g_autofree char *columns = xpath_string (doc, "//m:sheetProtection/@formatColumns");

      g_assert_cmpstr (sheet, ==, "1");
      g_assert_cmpfloat (xpath_count (doc, "//m:sheetProtection/@password"), ==, 0);
      g_assert_cmpfloat (xpath_count (doc, "//m:sheetProtection/@selectLockedCells"), ==, 0);
      g_assert_cmpstr (sort, ==, "0");     /* "0": not protected, so allowed */
      g_assert_cmpstr (filter, ==, "0");
      g_assert_cmpstr (columns, ==, "0");
    }

  /* Inputs unlocked, labels and prefilled cells locked. */
  g_assert_true (cell_unlocked (book, "Aanbod", "A5"));
  g_assert_true (cell_unlocked (book, "Aanbod", "F29"));
  g_assert_false (cell_unlocked (book, "Aanbod", "A4"));
  g_assert_false (cell_unlocked (book, "Aanbod", "A30"));
  g_assert_false (cell_unlocked (book, "Suggesties", "A5"));
  g_assert_true (cell_unlocked (book, "Suggesties", "B5"));
  g_assert_false (cell_unlocked (book, "Suggesties", "D5"));
  g_assert_true (cell_unlocked (book, "Advies", "B5"));
  g_assert_false (cell_unlocked (book, "Advies", "A5"));

  /* The header stays in view; the data sheets can be filtered. */
  assert_xpath (book_sheet (book, "Aanbod"), "A5", "//m:pane/@topLeftCell");
  assert_xpath (book_sheet (book, "Aanbod"), "A4:F29", "//m:autoFilter/@ref");
}

static void
test_aanbod_lists (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr(Book) book = export_for (f, f->zorgkracht_id);
  g_autofree char *n_dp = g_strdup_printf ("Lijsten!$A$1:$A$%u", f->deelproducten->len);

  assert_cell (book, "Aanbod", "A4", "Title");
  assert_validation (book, "Aanbod", "C5:C29", "@type", "list");
  assert_validation (book, "Aanbod", "C5:C29", "m:formula1", "Lijsten!$F$1:$F$3");
  assert_validation (book, "Aanbod", "E5:E29", "m:formula1", "Lijsten!$G$1:$G$4");
  assert_validation (book, "Aanbod", "F5:F29", "m:formula1", n_dp);
  assert_validation (book, "Aanbod", "F5:F29", "@promptTitle", "Choose from the list");
  assert_validation (book, "Aanbod", "F5:F29", "@errorTitle", "Not in the list");
  assert_validation (book, "Aanbod", "A5:A29", "@type", "textLength");
  assert_validation (book, "Aanbod", "A5:A29", "m:formula1", "2000");

  /* The lists: labels, deelproducten, "Algemeen" first among the topics. */
  assert_cell (book, "Lijsten", "A1", tafel_deelproduct_get_name (g_ptr_array_index (f->deelproducten, 0)));
  assert_cell (book, "Lijsten", "B1", TAFEL_UITVRAAG_ALGEMEEN);
  assert_cell (book, "Lijsten", "D1", "HBO");
  assert_cell (book, "Lijsten", "E2", "Indirect time");
  assert_cell (book, "Lijsten", "F1", "Fits");
  assert_cell (book, "Lijsten", "G2", "Evidence based");
  {
    g_autofree char *profile = cell_value (book, "Lijsten", "C1");

    g_assert_cmpstr (profile, !=, "");   /* function profiles */
  }
}

static void
test_suggesties (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr(Book) book = export_for (f, f->zorgkracht_id);
  guint n = f->deelproducten->len;
  guint free_row = TAFEL_UITVRAAG_FIRST_ROW + n + 1;
  g_autofree char *free_ref = ref ("A", free_row);
  g_autofree char *free_range = g_strdup_printf ("A%u:A%u", free_row, free_row + TAFEL_UITVRAAG_SUGGESTIE_ROWS - 1);
  g_autofree char *topics = g_strdup_printf ("Lijsten!$B$1:$B$%u", n + 1);
  g_autofree char *after = ref ("B", free_row + TAFEL_UITVRAAG_SUGGESTIE_ROWS);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *a = ref ("A", TAFEL_UITVRAAG_FIRST_ROW + 1 + i);
      g_autofree char *e = ref ("E", TAFEL_UITVRAAG_FIRST_ROW + 1 + i);
      g_autofree char *key = dp_key (f, i, NULL);

      assert_cell (book, "Suggesties", a, tafel_deelproduct_get_name (g_ptr_array_index (f->deelproducten, i)));
      assert_cell (book, "Suggesties", e, key);
    }
  assert_cell (book, "Suggesties", "D5", "Target groups: Gezinnen met jonge kinderen\n"
                                         "Intended result: Het gezin kan zelf verder");
  assert_xpath (book_sheet (book, "Suggesties"), "1", "//m:cols/m:col[@min='5']/@hidden");

  /* Free rows: a list of topics in the first column. */
  g_assert_true (cell_unlocked (book, "Suggesties", free_ref));
  assert_cell (book, "Suggesties", free_ref, "");
  assert_validation (book, "Suggesties", free_range, "m:formula1", topics);
  g_assert_false (cell_unlocked (book, "Suggesties", after));
}

static void
test_intensiteit (Fixture      *f,
                  gconstpointer data)
{
  static const char *const levels[] = { "licht", "middel", "zwaar" };
  g_autoptr(Book) book = export_for (f, f->zorgkracht_id);
  const char *sheet = TAFEL_UITVRAAG_SHEET_INTENSITEIT;
  const char *name0 = tafel_deelproduct_get_name (g_ptr_array_index (f->deelproducten, 0));
  guint expected_rows = 0;
  guint row;

  for (guint i = 0; i < f->deelproducten->len; i++)
    for (guint n = 0; tafel_niveaus[n].id != NULL; n++)
      expected_rows += tafel_deelproduct_uses_niveau (g_ptr_array_index (f->deelproducten, i), tafel_niveaus[n].id);
  g_assert_cmpuint (expected_rows, ==, 4 * f->deelproducten->len - 1);

  /* dp 0 has three levels in use: three rows, each with its key. */
  for (row = 5; row < 5 + G_N_ELEMENTS (levels); row++)
    {
      g_autofree char *a = ref ("A", row);
      g_autofree char *c = ref ("C", row);
      g_autofree char *d = ref ("D", row);
      g_autofree char *i = ref ("I", row);
      g_autofree char *key = dp_key (f, 0, levels[row - 5]);

      assert_cell (book, sheet, a, name0);
      assert_cell (book, sheet, c, "hours per week");
      assert_cell (book, sheet, i, key);
      g_assert_true (cell_unlocked (book, sheet, d));
      assert_validation (book, sheet, d, "@type", "decimal");
      assert_validation (book, sheet, d, "m:formula1", "0");
      assert_validation (book, sheet, d, "m:formula2", "168");
    }
  assert_cell (book, sheet, "B5", "Light");
  assert_cell (book, sheet, "B7", "Heavy");
  assert_cell (book, sheet, "H5", "Intensity: 2 uur per week");
  assert_validation (book, sheet, "D5", "@promptTitle", "Hours per week");
  assert_validation (book, sheet, "D5", "@prompt", "Enter a number from 0 to 168, for example 2.5.");
  assert_validation (book, sheet, "D5", "@errorTitle", "Not a valid number");
  assert_validation (book, sheet, "D5", "@error", "Enter a number from 0 to 168.");
  assert_validation (book, sheet, "D5", "@errorStyle", "");   /* stop */
  assert_validation (book, sheet, "E5", "m:formula2", "520");

  /* dp 1 counts hours a month. */
  assert_cell (book, sheet, "C8", "hours per month");
  assert_validation (book, sheet, "D8", "m:formula2", "744");
  assert_validation (book, sheet, "D8", "@promptTitle", "Hours per month");

  /* Every prefilled row, nothing below; the key column hidden. */
  {
    g_autofree char *last = ref ("I", 4 + expected_rows);
    g_autofree char *beyond = ref ("I", 5 + expected_rows);

    assert_key_cell (book, sheet, last);
    assert_cell (book, sheet, beyond, "");
  }
  assert_xpath (book_sheet (book, sheet), "1", "//m:cols/m:col[@min='9']/@hidden");
}

static void
test_functiemix (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr(Book) book = export_for (f, f->zorgkracht_id);
  guint n_rows = TAFEL_UITVRAAG_MIX_ROWS * f->deelproducten->len;
  g_autofree char *key0 = dp_key (f, 0, NULL);
  g_autofree char *key1 = dp_key (f, 1, NULL);
  g_autofree char *share = g_strdup_printf ("D5:D%u", 4 + n_rows);
  g_autofree char *last = ref ("F", 4 + n_rows);
  g_autofree char *beyond = ref ("F", 5 + n_rows);

  for (guint row = 5; row < 5 + TAFEL_UITVRAAG_MIX_ROWS; row++)
    {
      g_autofree char *f_ref = ref ("F", row);
      assert_cell (book, "Functiemix", f_ref, key0);
    }
  {
    g_autofree char *next = ref ("F", 5 + TAFEL_UITVRAAG_MIX_ROWS);
    assert_cell (book, "Functiemix", next, key1);
  }
  assert_key_cell (book, "Functiemix", last);
  assert_cell (book, "Functiemix", beyond, "");
  g_assert_true (cell_unlocked (book, "Functiemix", "B5"));
  g_assert_false (cell_unlocked (book, "Functiemix", "A5"));
  assert_validation (book, "Functiemix", share, "m:formula2", "100");
  assert_validation (book, "Functiemix", share, "@promptTitle", "Share (%)");
}

static void
test_groepen (Fixture      *f,
              gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  TafelDeelproduct *dp3 = g_ptr_array_index (f->deelproducten, 3);

  {
    g_autoptr(Book) book = export_for (f, f->zorgkracht_id);

    assert_cell (book, "Groepen", "A3", "There are no group products in this traject.");
    assert_cell (book, "Groepen", "A4", "Deelproduct");
    assert_cell (book, "Groepen", "A5", "");
    g_assert_cmpfloat (xpath_count (book_sheet (book, "Groepen"), "//m:sheetProtection"), ==, 1);
  }

  g_assert_true (tafel_store_set_bool (f->store, dp3, "groepsproduct", TRUE, &error));
  g_assert_no_error (error);
  {
    g_autoptr(Book) book = export_for (f, f->zorgkracht_id);
    g_autofree char *key = dp_key (f, 3, NULL);

    assert_cell (book, "Groepen", "A3", "");
    assert_cell (book, "Groepen", "A5", tafel_deelproduct_get_name (dp3));
    assert_cell (book, "Groepen", "H5", key);
    assert_cell (book, "Groepen", "A6", "");
    g_assert_true (cell_unlocked (book, "Groepen", "B5"));
    assert_validation (book, "Groepen", "B5", "m:formula1", "1");
    assert_validation (book, "Groepen", "D5", "m:formula2", "24");
    assert_validation (book, "Groepen", "E5", "m:formula2", "21");
  }
}

static void
test_blank (Fixture      *f,
            gconstpointer data)
{
  g_autoptr(Book) book = export_for (f, 0);
  g_autoptr(GPtrArray) rows = list_uitvragen (f);
  g_autofree char *sleutel = cell_value (book, "_meta", "B9");

  g_assert_cmpuint (rows->len, ==, 0);   /* not recorded */
  g_assert_true (cell_unlocked (book, "Instructie", "B4"));
  assert_cell (book, "Instructie", "B4", "");
  assert_cell (book, "_meta", "B7", "");
  assert_cell (book, "_meta", "B8", "");
  g_assert_cmpuint (strlen (sleutel), >=, 8);
}

static void
test_no_deadline (Fixture      *f,
                  gconstpointer data)
{
  set_string (f, f->sessie, "deadline", "");
  {
    g_autoptr(Book) book = export_for (f, f->zorgkracht_id);

    assert_cell (book, "Instructie", "B5",
                 "There is no deadline for this session: return this file as soon as you can.");
    assert_cell (book, "_meta", "B11", "");
  }
}

/* The project's own reader sees what the reader of returns will rely on:
 * the sheets and their states, _meta and the keys (rows from 1). */
static void
test_reader (Fixture      *f,
             gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(Book) written = export_for (f, f->zorgkracht_id);
  g_autoptr(TafelXlsxBook) book = tafel_xlsx_book_open (f->path, &error);
  g_autoptr(GPtrArray) rows = list_uitvragen (f);
  g_autofree char *key = dp_key (f, 0, "licht");
  TafelXlsxReadSheet *sheet;

  g_assert_no_error (error);
  g_assert_cmpuint (tafel_xlsx_book_get_n_sheets (book), ==, G_N_ELEMENTS (sheet_names));
  for (guint i = 0; i < G_N_ELEMENTS (sheet_names); i++)
    {
      g_assert_cmpstr (tafel_xlsx_book_get_sheet_name (book, i), ==, sheet_names[i]);
      g_assert_cmpint (tafel_xlsx_book_sheet_is_hidden (book, i), ==, i >= 7);
    }

  sheet = tafel_xlsx_book_get_sheet (book, TAFEL_UITVRAAG_SHEET_META, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tafel_xlsx_sheet_get_text (sheet, 1, 2), ==, TAFEL_UITVRAAG_FORMAT);
  g_assert_cmpstr (tafel_xlsx_sheet_get_text (sheet, 9, 1), ==, TAFEL_UITVRAAG_META_SLEUTEL);
  g_assert_cmpstr (tafel_xlsx_sheet_get_text (sheet, 9, 2), ==,
                   tafel_uitvraag_get_sleutel (g_ptr_array_index (rows, 0)));

  sheet = tafel_xlsx_book_get_sheet (book, TAFEL_UITVRAAG_SHEET_INTENSITEIT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tafel_xlsx_sheet_get_text (sheet, TAFEL_UITVRAAG_FIRST_ROW + 1,
                                              TAFEL_UITVRAAG_INT_SLEUTEL + 1), ==, key);
  g_assert_cmpstr (tafel_xlsx_sheet_get_text (sheet, TAFEL_UITVRAAG_FIRST_ROW + 1,
                                              TAFEL_UITVRAAG_INT_UREN + 1), ==, "");
}

/* ---- one workbook per organisation --------------------------------------- */

typedef struct {
  guint      calls;
  guint      stop_after;   /* 0: never */
  GPtrArray *names;
} Progress;

static gboolean
on_progress (guint       done,
             guint       total,
             const char *organisation,
             gpointer    user_data)
{
  Progress *p = user_data;

  p->calls++;
  g_assert_cmpuint (done, ==, p->calls);
  g_assert_cmpuint (done, <=, total);
  g_ptr_array_add (p->names, g_strdup (organisation));
  return p->stop_after == 0 || done < p->stop_after;
}

static void
add_organisation (Fixture    *f,
                  const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelOrganisatie) org = tafel_traject_ensure_organisatie (f->store, f->traject_id, name, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (org);
}

static void
test_export_all (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) basenames = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Progress progress = { 0, 0, g_ptr_array_new_with_free_func (g_free) };
  g_autofree char *folder = g_build_filename (f->dir, "uit", NULL);

  add_organisation (f, "Zorg/Welzijn");
  add_organisation (f, "Zorg:Welzijn");
  add_organisation (f, "De Linde");
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);

  paths = tafel_uitvraag_export_all (f->store, f->traject_id, f->sessie_id, folder, on_progress, &progress, &error);
  g_assert_no_error (error);
  g_assert_nonnull (paths);
  g_assert_cmpuint (paths->len, ==, 4);
  g_assert_cmpuint (progress.calls, ==, 4);

  /* In name order; names that come out the same are numbered. */
  for (guint i = 1; i < progress.names->len; i++)
    g_assert_cmpint (g_utf8_collate (g_ptr_array_index (progress.names, i - 1),
                                     g_ptr_array_index (progress.names, i)), <, 0);
  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      char *base = g_path_get_basename (path);

      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
      g_assert_true (g_str_has_prefix (path, folder));
      g_assert_null (strpbrk (base, ":/\\"));
      g_assert_true (g_hash_table_add (basenames, base));
    }
  g_assert_true (g_hash_table_contains (basenames, "Sessie 2 - Zorg_Welzijn.xlsx"));
  g_assert_true (g_hash_table_contains (basenames, "Sessie 2 - Zorg_Welzijn (2).xlsx"));
  g_assert_true (g_hash_table_contains (basenames, "Sessie 2 - Zorgkracht.xlsx"));
  g_assert_true (g_hash_table_contains (basenames, "Sessie 2 - De Linde.xlsx"));

  /* Each recorded with its own file and key. */
  rows = list_uitvragen (f);
  g_assert_cmpuint (rows->len, ==, 4);
  for (guint i = 0; i < rows->len; i++)
    {
      TafelUitvraag *u = g_ptr_array_index (rows, i);
      g_autoptr(Book) book = NULL;
      g_autofree char *sleutel = NULL;
      guint found = 0;

      for (guint j = 0; j < paths->len; j++)
        found += g_str_equal (tafel_uitvraag_get_bestand (u), g_ptr_array_index (paths, j));
      g_assert_cmpuint (found, ==, 1);
      book = book_open (tafel_uitvraag_get_bestand (u));
      sleutel = cell_value (book, "_meta", "B9");
      g_assert_cmpstr (sleutel, ==, tafel_uitvraag_get_sleutel (u));
    }
  g_assert_cmpuint (count_leftovers (folder), ==, 0);
  g_ptr_array_unref (progress.names);
}

static void
test_export_all_cancel (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GDir) dir = NULL;
  Progress progress = { 0, 2, g_ptr_array_new_with_free_func (g_free) };
  g_autofree char *folder = g_build_filename (f->dir, "uit", NULL);
  guint n_files = 0;

  add_organisation (f, "Alfa");
  add_organisation (f, "Beta");
  add_organisation (f, "Gamma");
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);

  paths = tafel_uitvraag_export_all (f->store, f->traject_id, f->sessie_id, folder, on_progress, &progress, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (paths);
  g_assert_nonnull (strstr (error->message, folder));
  g_assert_cmpuint (progress.calls, ==, 2);

  /* What was written stays, recorded. */
  rows = list_uitvragen (f);
  g_assert_cmpuint (rows->len, ==, 2);
  dir = g_dir_open (folder, 0, NULL);
  while (g_dir_read_name (dir) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 2);
  g_ptr_array_unref (progress.names);
}

static void
test_file_name (void)
{
  static const struct {
    const char *sessie;
    const char *org;
    const char *expected;
  } cases[] = {
    { "Sessie 2", "Zorgkracht", "Sessie 2 - Zorgkracht.xlsx" },
    { "Sessie 2", "A/B\\C:D*E?F\"G<H>I|J", "Sessie 2 - A_B_C_D_E_F_G_H_I_J.xlsx" },
    { "Sessie 2", "Tab\there\nnow", "Sessie 2 - Tab_here_now.xlsx" },
    { " .Sessie 2", "Zorg B.V. ..", "Sessie 2 - Zorg B.V.xlsx" },
    { "Sessie 2", NULL, "Sessie 2.xlsx" },
    { "", "", "uitvraag.xlsx" },
    { "CON", NULL, "CON_.xlsx" },
    { "Sessie 2", "Zorg & Co – “de Linde”", "Sessie 2 - Zorg & Co – “de Linde”.xlsx" },
  };
  g_autofree char *long_org = g_strnfill (300, 'x');
  g_autofree char *long_name = tafel_uitvraag_file_name ("Sessie 2", long_org);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = tafel_uitvraag_file_name (cases[i].sessie, cases[i].org);
      g_assert_cmpstr (name, ==, cases[i].expected);
    }

  g_assert_cmpint (g_utf8_strlen (long_name, -1), ==, 120 + strlen (".xlsx"));
  g_assert_true (g_str_has_prefix (long_name, "Sessie 2 - xxx"));
}

/* ---- sad paths ------------------------------------------------------------ */

static void
assert_fails (Fixture    *f,
              gint64      sessie_id,
              gint64      organisatie_id,
              const char *path,
              int         code,
              const char *mentions,
              const char *mentions_too)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  g_assert_false (tafel_uitvraag_export (f->store, f->traject_id, sessie_id, organisatie_id, path, &error));
  g_assert_error (error, TAFEL_ERROR, code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, mentions));
  if (mentions_too != NULL)
    g_assert_nonnull (strstr (error->message, mentions_too));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  rows = list_uitvragen (f);
  g_assert_cmpuint (rows->len, ==, 0);
}

static void
test_unknown_rows (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTraject) other = tafel_test_create_traject (f->store, "leeg", "Ander traject");
  gint64 other_id = tafel_entity_get_id (TAFEL_ENTITY (other));
  g_autoptr(TafelSessie) elsewhere = tafel_traject_add_sessie (f->store, other_id, &error);
  g_autoptr(TafelOrganisatie) stranger = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  g_autofree char *folder = g_build_filename (f->dir, "uit", NULL);

  g_assert_no_error (error);
  stranger = tafel_traject_ensure_organisatie (f->store, other_id, "Elders", NULL, &error);
  g_assert_no_error (error);

  assert_fails (f, 99999, f->zorgkracht_id, f->path, TAFEL_ERROR_NOT_FOUND, f->path, "Session 99999");
  assert_fails (f, tafel_entity_get_id (TAFEL_ENTITY (elsewhere)), 0, f->path, TAFEL_ERROR_NOT_FOUND,
                f->path, "not part of this traject");
  assert_fails (f, f->sessie_id, 88888, f->path, TAFEL_ERROR_NOT_FOUND, f->path, "Organisation 88888");
  assert_fails (f, f->sessie_id, tafel_entity_get_id (TAFEL_ENTITY (stranger)), f->path, TAFEL_ERROR_NOT_FOUND,
                f->path, "not part of this traject");

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  paths = tafel_uitvraag_export_all (f->store, f->traject_id, 99999, folder, NULL, NULL, &error);
  g_assert_null (paths);
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, folder));
  g_assert_nonnull (strstr (error->message, "Session 99999"));
}

static void
test_missing_folder (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  g_autofree char *folder = g_build_filename (f->dir, "nope", NULL);
  g_autofree char *path = g_build_filename (folder, "uitvraag.xlsx", NULL);

  assert_fails (f, f->sessie_id, f->zorgkracht_id, path, TAFEL_ERROR_EXPORT, path, "does not exist");

  paths = tafel_uitvraag_export_all (f->store, f->traject_id, f->sessie_id, folder, NULL, NULL, &error);
  g_assert_null (paths);
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_EXPORT);
  g_assert_nonnull (strstr (error->message, folder));
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

static void
export_into_read_only_folder (gpointer data)
{
  Fixture *f = data;
  g_autofree char *folder = g_build_filename (f->dir, "ro", NULL);
  g_autofree char *path = g_build_filename (folder, "uitvraag.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paths = NULL;

  g_assert_cmpint (g_access (folder, W_OK), !=, 0);
  assert_fails (f, f->sessie_id, f->zorgkracht_id, path, TAFEL_ERROR_EXPORT, path, "read-only");

  paths = tafel_uitvraag_export_all (f->store, f->traject_id, f->sessie_id, folder, NULL, NULL, &error);
  g_assert_null (paths);
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_EXPORT);
  g_assert_nonnull (strstr (error->message, folder));
  g_assert_nonnull (strstr (error->message, "read-only"));
}

static void
test_read_only_folder (Fixture      *f,
                       gconstpointer data)
{
  g_autofree char *folder = g_build_filename (f->dir, "ro", NULL);
  g_autoptr(GPtrArray) rows = NULL;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_cmpint (g_chmod (folder, 0500), ==, 0);

  /* As root every folder is writable: export as "nobody". */
  if (!tafel_test_run_as_nobody (f->dir, export_into_read_only_folder, f))
    g_test_skip ("running as root, and cannot switch to another user: root may write in any folder");

  rows = list_uitvragen (f);
  g_assert_cmpuint (rows->len, ==, 0);
  g_assert_cmpuint (count_leftovers (folder), ==, 0);
  g_chmod (folder, 0700);
}

/* ---- other programs ------------------------------------------------------- */

/* openpyxl reads it as Excel would, when it is installed. */
static void
test_openpyxl (Fixture      *f,
               gconstpointer data)
{
  static const char script[] =
    "import sys\n"
    "try:\n"
    "    import openpyxl\n"
    "except ImportError:\n"
    "    sys.exit(77)\n"
    "wb = openpyxl.load_workbook(sys.argv[1])\n"
    "print('sheets=' + '|'.join(wb.sheetnames))\n"
    "print('states=' + '|'.join(ws.sheet_state for ws in wb.worksheets))\n"
    "a = wb['Aanbod']\n"
    "print('protected=%s password=%r' % (a.protection.sheet, a.protection.password))\n"
    "print('input_locked=%s' % a.cell(row=5, column=1).protection.locked)\n"
    "print('header_locked=%s' % a.cell(row=4, column=1).protection.locked)\n"
    "print('freeze=%s' % a.freeze_panes)\n"
    "i = wb['Intensiteit en duur']\n"
    "print('key=%s hidden=%s' % (i['I5'].value, i.column_dimensions['I'].hidden))\n"
    "print('uren_locked=%s' % i['D5'].protection.locked)\n"
    "print('org=%s' % wb['Instructie']['B4'].value)\n"
    "print('meta=%s:%s' % (wb['_meta']['A1'].value, wb['_meta']['B1'].value))\n"
    "print('meta_protected=%s' % wb['_meta'].protection.sheet)\n";
  g_autofree char *key = dp_key (f, 0, "licht");
  g_autofree char *key_line = g_strdup_printf ("key=%s hidden=True", key);
  const char *expected[] = {
    "sheets=Instructie|Aanbod|Suggesties|Intensiteit en duur|Functiemix|Groepen|Advies|Lijsten|_meta",
    "states=visible|visible|visible|visible|visible|visible|visible|hidden|hidden",
    "protected=True password=None",
    "input_locked=False",
    "header_locked=True",
    "freeze=A5",
    key_line,
    "uren_locked=False",
    "org=Zorgkracht",
    "meta=format:ontwikkeltafel-uitvraag",
    "meta_protected=True",
    NULL,
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(Book) book = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  int status = 0;
  const char *argv[] = { "/usr/bin/python3", "-c", script, f->path, NULL };

  if (!g_file_test (argv[0], G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("/usr/bin/python3 is not installed");
      return;
    }

  book = export_for (f, f->zorgkracht_id);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      g_test_skip ("openpyxl is not installed");
      return;
    }
  if (!g_spawn_check_wait_status (status, NULL))
    g_test_message ("openpyxl: %s", err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  lines = g_strsplit (g_strchomp (out), "\n", -1);
  g_assert_cmpstrv (lines, expected);
}

/* LibreOffice opens the workbook and writes every sheet out as CSV. */
static void
test_libreoffice (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(Book) book = NULL;
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *profile = NULL;
  g_autofree char *outdir = g_build_filename (f->dir, "csv", NULL);
  g_autofree char *instructie_csv = g_build_filename (outdir, "uitvraag-Instructie.csv", NULL);
  g_autofree char *suggesties_csv = g_build_filename (outdir, "uitvraag-Suggesties.csv", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *instructie = NULL;
  g_autofree char *suggesties = NULL;
  int status = 0;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed: build-aux/deps installs it");
      return;
    }

  book = export_for (f, f->zorgkracht_id);
  profile = g_strdup_printf ("-env:UserInstallation=file://%s/lo-profile", f->dir);
  {
    /* CSV, UTF-8 (76), every text cell quoted, all sheets (-1). */
    const char *argv[] = {
      soffice, "--headless", "--norestore", profile,
      "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false,false,false,-1",
      "--outdir", outdir, f->path, NULL
    };

    g_spawn_sync (f->dir, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  }
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_test_message ("soffice: %s %s", out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  g_assert_true (g_file_get_contents (instructie_csv, &instructie, NULL, NULL));
  g_assert_true (g_file_get_contents (suggesties_csv, &suggesties, NULL, NULL));
  g_assert_nonnull (strstr (instructie, "\"Zorgkracht\""));
  g_assert_nonnull (strstr (suggesties, tafel_deelproduct_get_name (g_ptr_array_index (f->deelproducten, 0))));
}

/* Under a Dutch locale the workbook still has C numbers in its XML and
 * Dutch month names in its texts. */
static void
test_dutch (Fixture      *f,
            gconstpointer data)
{
  g_autoptr(Book) book = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *width = NULL;

  if (!tafel_test_use_dutch ())
    return;

  book = export_for (f, f->zorgkracht_id);
  deadline = cell_value (book, "Instructie", "B5");
  width = xpath_string (book_sheet (book, "Intensiteit en duur"), "//m:cols/m:col[1]/@width");
  tafel_test_use_english ();

  g_assert_nonnull (strstr (deadline, "10 november 2026"));
  g_assert_null (strchr (width, ','));
  assert_validation (book, "Intensiteit en duur", "D5", "m:formula2", "168");
  assert_cell (book, "Lijsten", "B1", TAFEL_UITVRAAG_ALGEMEEN);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/uitvraag/export/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("sheets", test_sheets);
  ADD ("meta", test_meta);
  ADD ("protection", test_protection);
  ADD ("aanbod-lists", test_aanbod_lists);
  ADD ("suggesties", test_suggesties);
  ADD ("intensiteit", test_intensiteit);
  ADD ("functiemix", test_functiemix);
  ADD ("groepen", test_groepen);
  ADD ("blank", test_blank);
  ADD ("no-deadline", test_no_deadline);
  ADD ("reader", test_reader);
  ADD ("all", test_export_all);
  ADD ("all-cancel", test_export_all_cancel);
  ADD ("openpyxl", test_openpyxl);
  ADD ("libreoffice", test_libreoffice);
  ADD ("dutch", test_dutch);
  ADD ("sad/unknown-rows", test_unknown_rows);
  ADD ("sad/missing-folder", test_missing_folder);
  ADD ("sad/read-only-folder", test_read_only_folder);
#undef ADD

  g_test_add_func ("/uitvraag/export/file-name", test_file_name);

  return g_test_run ();
}
