/* test-export-pve.c: the Programma van Eisen with its options, read back
 *
 * Golden checks on the XML parts of a small traject's workbook (sheet
 * order and names, a requirement row, a Verantwoording row with its
 * requirement numbers, the anonymised names, the drop-down lists, the
 * print settings), the numbering of the requirements that follow from
 * the decisions, and the log of every export: version, options, file
 * hash and the numbers it printed. The reading helpers are those of
 * test-export.c.
 */
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gsf/gsf-infile-zip.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-stdio.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "tafel-besluit.h"
#include "tafel-controle.h"
#include "tafel-eis-nummer.h"
#include "tafel-error.h"
#include "tafel-export-pve.h"
#include "tafel-store-private.h"
#include "tafel-test-book.h"
#include "tafel-test-util.h"
#include "tafel-traject-setup.h"
#include "tafel-verwerking.h"


/* ---- the traject -------------------------------------------------------- */

typedef struct {
  char             *dir;
  char             *path;
  TafelStore       *store;
  TafelTraject     *traject;
  gint64            traject_id;
  GPtrArray        *deelproducten;
  TafelOrganisatie *zorgkracht;
  TafelOrganisatie *linde;
  TafelEis         *eis_licht;    /* dp 0, intensiteit: after the decided level */
  TafelEis         *eis_overig;   /* dp 0, overig, a wens of 25% */
  TafelGeeltje     *both;         /* went into both */
  TafelGeeltje     *refused;      /* niet verwerkt, with a reason */
} Fixture;

static TafelGeeltje *
add_geeltje (Fixture          *f,
             const char       *text,
             guint             dp,
             TafelOrganisatie *org)
{
  g_autoptr(GError) error = NULL;
  TafelGeeltje *g = tafel_geeltje_new (f->traject_id);

  g_object_set (g, "text", text,
                "deelproduct-id", tafel_entity_get_id (g_ptr_array_index (f->deelproducten, dp)),
                "organisatie-id", org ? tafel_entity_get_id (TAFEL_ENTITY (org)) : 0, NULL);
  g_assert_true (tafel_store_insert (f->store, g, &error));
  g_assert_no_error (error);
  return g;
}

static TafelEis *
add_eis (Fixture    *f,
         const char *aspect,
         const char *soort,
         gint64      gewicht,
         const char *tekst)
{
  g_autoptr(GError) error = NULL;
  TafelEis *eis = tafel_eis_new (f->traject_id);

  g_object_set (eis, "hoofdstuk", "deelproduct", "aspect", aspect, "tekst", tekst, "soort", soort,
                "gewicht", gewicht,
                "deelproduct-id", tafel_entity_get_id (g_ptr_array_index (f->deelproducten, 0)), NULL);
  g_assert_true (tafel_store_insert (f->store, eis, &error));
  g_assert_no_error (error);
  return eis;
}

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelGeeltje) other = NULL;
  g_autoptr(TafelDeelnemer) anna = NULL;
  gint64 ids[2];

  f->dir = tafel_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "pve.xlsx", NULL);
  f->store = tafel_test_open_store (f->dir, "store.db");
  f->traject = tafel_test_create_traject (f->store, "segment-veel-voorkomend", "Inkoop J&O 2027");
  f->traject_id = tafel_entity_get_id (TAFEL_ENTITY (f->traject));
  f->deelproducten = tafel_store_list (f->store, TAFEL_TYPE_DEELPRODUCT, f->traject_id, &error);
  g_assert_no_error (error);

  /* Linde first in the list of organisations, Zorgkracht first in the
   * Verantwoording: aliases follow the workbook, not the list. */
  f->linde = tafel_traject_ensure_organisatie (f->store, f->traject_id, "De Linde & Co", NULL, &error);
  g_assert_no_error (error);
  f->zorgkracht = tafel_traject_ensure_organisatie (f->store, f->traject_id, "Zorgkracht", NULL, &error);
  g_assert_no_error (error);
  anna = tafel_deelnemer_new (f->traject_id);
  g_object_set (anna, "name", "Anna de Vries", "organisatie-id", tafel_entity_get_id (TAFEL_ENTITY (f->linde)), NULL);
  g_assert_true (tafel_store_insert (f->store, anna, &error));
  g_assert_no_error (error);

  /* A decided level of deelproduct 0: the requirement 3.4.1 that follows
   * from it pushes the stored one to 3.4.2. */
  g_assert_true (tafel_intensiteit_put (f->store, g_ptr_array_index (f->deelproducten, 0), 0, 0,
                                        "licht", 250, 1200, &error));
  g_assert_no_error (error);
  f->eis_licht = add_eis (f, "intensiteit", "eis", TAFEL_DECIMAL_NONE, "=SUM(A1) blijft tekst");
  f->eis_overig = add_eis (f, "overig", "wens", 2500, "Werk samen met het wijkteam.");

  f->both = add_geeltje (f, "Meer aandacht voor LVB", 0, f->zorgkracht);
  f->refused = add_geeltje (f, "Past niet", 0, f->linde);
  other = add_geeltje (f, "Nog open", 0, NULL);

  ids[0] = tafel_entity_get_id (TAFEL_ENTITY (f->eis_overig));
  ids[1] = tafel_entity_get_id (TAFEL_ENTITY (f->eis_licht));
  g_assert_true (tafel_geeltje_verwerk (f->store, f->both, "verwerkt", ids, 2, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (tafel_geeltje_verwerk (f->store, f->refused, "niet_verwerkt", NULL, 0, "Buiten het perceel", &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_clear_object (&f->both);
  g_clear_object (&f->refused);
  g_clear_object (&f->eis_licht);
  g_clear_object (&f->eis_overig);
  g_clear_object (&f->linde);
  g_clear_object (&f->zorgkracht);
  g_clear_pointer (&f->deelproducten, g_ptr_array_unref);
  g_clear_object (&f->traject);
  g_assert_finalize_object (f->store);
  tafel_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static Book *
export_with (Fixture               *f,
             const TafelPveOptions *options,
             TafelExportlog       **log)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tafel_export_pve_full (f->store, f->traject_id, f->path, options, log, &error));
  g_assert_no_error (error);
  return book_open (f->path);
}

static char *
ref (const char *col,
     guint       row)
{
  return g_strdup_printf ("%s%u", col, row);
}

/* ---- golden checks ------------------------------------------------------ */

static void
test_sheets (Fixture      *f,
             gconstpointer data)
{
  static const char *const names[] = {
    "Cover", "Programma van Eisen", "Deelproducten", "Intensity and duration", "Function mix", "Rates",
    "Accountability", "Participants", "Checks",
  };
  g_autoptr(Book) book = export_with (f, NULL, NULL);
  xmlDoc *wb = book_doc (book, "xl/workbook.xml");
  g_autofree char *keywords = xpath_string (book_doc (book, "docProps/core.xml"), "//cp:keywords");
  guint row;

  g_assert_cmpfloat (xpath_count (wb, "//m:sheets/m:sheet"), ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *name = xpath_string (wb, "//m:sheets/m:sheet[%u]/@name", i + 1);

      g_assert_cmpstr (name, ==, names[i]);
    }
  g_assert_cmpstr (keywords, ==, "concept 0.1");

  /* The cover: version, date, counts and the legend of the kinds. */
  row = find_row (book, "Cover", "A", "Version");
  g_assert_cmpuint (row, >, 0);
  {
    g_autofree char *b = ref ("B", row);
    g_autofree char *date = ref ("B", row + 1);

    assert_string_cell (book, "Cover", b, "concept 0.1");
    assert_date_cell (book, "Cover", date, "d-m-yyyy", 0);
  }
  g_assert_cmpuint (find_row (book, "Cover", "A", "Sessions"), >, 0);
  g_assert_cmpuint (find_row (book, "Cover", "A", "Open findings"), >, 0);
  row = find_row (book, "Cover", "A", "Requirement (knock-out)");
  g_assert_cmpuint (row, >, 0);
  g_assert_cmpuint (find_row (book, "Cover", "A", "Wish (award criterion)"), ==, row + 1);
}

static void
test_eisen (Fixture      *f,
            gconstpointer data)
{
  static const char *const headers[] = {
    "No.", "Chapter", "Deelproduct", "Aspect", "Requirement", "Kind", "Weight", "Status", "Sources",
  };
  g_autoptr(Book) book = export_with (f, NULL, NULL);
  const char *sheet = "Programma van Eisen";
  xmlDoc *doc = book_sheet (book, sheet);
  const char *dp = tafel_deelproduct_get_name (g_ptr_array_index (f->deelproducten, 0));
  g_autofree char *sources = g_strdup_printf ("%" G_GINT64_FORMAT, tafel_entity_get_id (TAFEL_ENTITY (f->both)));
  g_autofree char *weight = NULL;
  g_autofree char *weight_format = NULL;
  guint row;

  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    {
      g_autofree char *r = g_strdup_printf ("%c1", 'A' + i);
      assert_string_cell (book, sheet, r, headers[i]);
    }

  /* Number order: the nine quality requirements 2.1.x first, then 3.4.1
   * (the decision), 3.4.2 and 3.9.1. */
  assert_string_cell (book, sheet, "A2", "2.1.1");
  assert_string_cell (book, sheet, "B2", "Quality");
  assert_string_cell (book, sheet, "A11", "3.4.1");
  assert_string_cell (book, sheet, "C11", dp);
  assert_string_cell (book, sheet, "D11", "Intensity");
  assert_string_cell (book, sheet, "I11", "Decision of the region");
  assert_string_cell (book, sheet, "H11", "Adopted");

  row = find_row (book, sheet, "A", "3.4.2");
  g_assert_cmpuint (row, ==, 12);
  assert_string_cell (book, sheet, "B12", "Deelproduct");
  assert_string_cell (book, sheet, "C12", dp);
  assert_string_cell (book, sheet, "D12", "Intensity");
  assert_string_cell (book, sheet, "E12", "=SUM(A1) blijft tekst");   /* text, not a formula */
  assert_string_cell (book, sheet, "F12", "Requirement (knock-out)");
  assert_string_cell (book, sheet, "H12", "Draft");
  assert_string_cell (book, sheet, "I12", sources);

  assert_string_cell (book, sheet, "A13", "3.9.1");
  assert_string_cell (book, sheet, "D13", "Other");
  assert_string_cell (book, sheet, "F13", "Wish (award criterion)");
  weight = cell_value (book, sheet, "G13");
  weight_format = cell_format (book, sheet, "G13");
  g_assert_cmpstr (weight, ==, "0.25");
  g_assert_true (g_str_has_suffix (weight_format, "%"));
  g_assert_cmpfloat (xpath_count (doc, "//m:sheetData/m:row"), ==, 13);
  g_assert_cmpfloat (xpath_count (doc, "//m:f"), ==, 0);

  /* Drop-down lists on kind and status, down to the last row of the sheet. */
  {
    g_autofree char *kind = xpath_string (doc, "//m:dataValidation[@sqref='F2:F1048576']/m:formula1");
    g_autofree char *status = xpath_string (doc, "//m:dataValidation[@sqref='H2:H1048576']/m:formula1");
    g_autofree char *type = xpath_string (doc, "//m:dataValidation[@sqref='F2:F1048576']/@type");

    g_assert_cmpstr (type, ==, "list");
    g_assert_cmpstr (kind, ==, "\"Requirement (knock-out),Wish (award criterion)\"");
    g_assert_cmpstr (status, ==, "\"Draft,Adopted\"");
  }
}

static void
test_verantwoording (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr(Book) book = export_with (f, NULL, NULL);
  const char *sheet = "Accountability";
  xmlDoc *doc = book_sheet (book, sheet);
  g_autofree char *status = xpath_string (doc, "//m:dataValidation[@sqref='J2:J1048576']/m:formula1");
  guint row;

  assert_string_cell (book, sheet, "L1", "Requirements");
  assert_string_cell (book, sheet, "M1", "Origin");
  row = find_row (book, sheet, "I", "Meer aandacht voor LVB");
  g_assert_cmpuint (row, >, 0);
  {
    g_autofree char *g = ref ("G", row);
    g_autofree char *j = ref ("J", row);
    g_autofree char *l = ref ("L", row);

    assert_string_cell (book, sheet, g, "Zorgkracht");
    assert_string_cell (book, sheet, j, "Processed");
    assert_string_cell (book, sheet, l, "3.4.2, 3.9.1");   /* in number order */
  }
  row = find_row (book, sheet, "I", "Past niet");
  {
    g_autofree char *j = ref ("J", row);
    g_autofree char *k = ref ("K", row);
    g_autofree char *l = ref ("L", row);
    g_autofree char *type = cell_attr (book, sheet, l, "t");

    assert_string_cell (book, sheet, j, "Not processed");
    assert_string_cell (book, sheet, k, "Buiten het perceel");
    g_assert_cmpstr (type, ==, "");   /* no requirement: empty */
  }
  g_assert_cmpstr (status, ==, "\"Open,Processed,Partly processed,Not processed\"");
}

/* A4 landscape, as wide as the page, the header row on every page, and
 * traject, version and page numbers in the footer. */
static void
test_print (Fixture      *f,
            gconstpointer data)
{
  TafelPveOptions options;
  g_autoptr(Book) book = NULL;
  const char *tables[] = { "Programma van Eisen", "Accountability", "Participants", "Checks" };

  tafel_pve_options_init (&options);
  options.version_label = "  concept 0.3 & meer ";
  book = export_with (f, &options, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      xmlDoc *doc = book_sheet (book, tables[i]);
      g_autofree char *orientation = xpath_string (doc, "//m:pageSetup/@orientation");
      g_autofree char *paper = xpath_string (doc, "//m:pageSetup/@paperSize");
      g_autofree char *fit_height = xpath_string (doc, "//m:pageSetup/@fitToHeight");
      g_autofree char *fit = xpath_string (doc, "//m:sheetPr/m:pageSetUpPr/@fitToPage");
      g_autofree char *footer = xpath_string (doc, "//m:headerFooter/m:oddFooter");
      g_autofree char *expr = g_strdup_printf ("//m:definedName[@name='_xlnm.Print_Titles'][contains(., '%s')]",
                                               tables[i]);
      g_autofree char *titles = xpath_string (book_doc (book, "xl/workbook.xml"), "%s", expr);

      g_assert_cmpstr (orientation, ==, "landscape");
      g_assert_cmpstr (paper, ==, "9");
      g_assert_cmpstr (fit_height, ==, "0");
      g_assert_cmpstr (fit, ==, "1");
      g_assert_cmpstr (footer, ==, "&LInkoop J&&O 2027&Cconcept 0.3 && meer&RPage &P of &N");
      g_assert_true (g_str_has_suffix (titles, "!$1:$1"));
    }
}

static void
test_anonymise (Fixture      *f,
                gconstpointer data)
{
  TafelPveOptions options;
  g_autoptr(Book) book = NULL;
  const char *sheet = "Accountability";
  guint zorgkracht, linde;

  tafel_pve_options_init (&options);
  options.anonymise = TRUE;
  book = export_with (f, &options, NULL);

  /* Zorgkracht comes up first in the Verantwoording, so it is A; the
   * Linde is B there and in Deelnemers. No name is left anywhere. */
  zorgkracht = find_row (book, sheet, "I", "Meer aandacht voor LVB");
  linde = find_row (book, sheet, "I", "Past niet");
  {
    g_autofree char *a = ref ("G", zorgkracht);
    g_autofree char *b = ref ("G", linde);
    g_autofree char *person = ref ("H", linde);
    g_autofree char *type = cell_attr (book, sheet, person, "t");

    assert_string_cell (book, sheet, a, "Provider A");
    assert_string_cell (book, sheet, b, "Provider B");
    g_assert_cmpstr (type, ==, "");
  }
  assert_string_cell (book, "Participants", "A2", "Anna de Vries");
  assert_string_cell (book, "Participants", "B2", "Provider B");
  g_assert_null (strstr (book->raw, "Zorgkracht"));
  g_assert_null (strstr (book->raw, "Linde"));
}

static void
test_no_participants (Fixture      *f,
                      gconstpointer data)
{
  TafelPveOptions options;
  g_autoptr(Book) book = NULL;
  g_autoptr(TafelExportlog) log = NULL;
  xmlDoc *wb;
  g_autofree char *last = NULL;

  tafel_pve_options_init (&options);
  options.participants = FALSE;
  options.anonymise = TRUE;
  book = export_with (f, &options, &log);
  wb = book_doc (book, "xl/workbook.xml");
  last = xpath_string (wb, "//m:sheets/m:sheet[8]/@name");

  g_assert_cmpfloat (xpath_count (wb, "//m:sheets/m:sheet"), ==, 8);
  g_assert_cmpfloat (xpath_count (wb, "//m:sheets/m:sheet[@name='Participants']"), ==, 0);
  g_assert_cmpstr (last, ==, "Checks");
  g_assert_null (strstr (book->raw, "Anna de Vries"));
  g_assert_cmpstr (tafel_entity_get_string (TAFEL_ENTITY (log), "opties"), ==, "anonymise,no-participants");
}

static void
test_anonymous_names (void)
{
  struct { guint index; const char *name; } cases[] = {
    { 0, "Provider A" }, { 1, "Provider B" }, { 25, "Provider Z" }, { 26, "Provider AA" },
    { 27, "Provider AB" }, { 701, "Provider ZZ" }, { 702, "Provider AAA" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = tafel_pve_anonymous_name (cases[i].index);
      g_assert_cmpstr (name, ==, cases[i].name);
    }
}

/* ---- checks, versions and the log --------------------------------------- */

static char *
file_sha256 (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static guint
count_rows (Fixture    *f,
            const char *sql,
            gint64      id)
{
  sqlite3_stmt *stmt = _tafel_store_prepare (f->store, sql, NULL);
  guint n;

  g_assert_nonnull (stmt);
  sqlite3_bind_int64 (stmt, 1, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static char *
logged_nummer (Fixture *f,
               gint64   export_id,
               gint64   eis_id)
{
  sqlite3_stmt *stmt = _tafel_store_prepare (f->store,
                                             "SELECT nummer FROM eis_nummer WHERE pve_export_id = ?1 AND eis_id = ?2",
                                             NULL);
  char *nummer = NULL;

  sqlite3_bind_int64 (stmt, 1, export_id);
  sqlite3_bind_int64 (stmt, 2, eis_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    nummer = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return nummer;
}

/* The traject has open findings (open geeltjes, undecided deelproducten,
 * weights that do not add up): a concept and a final version are both
 * written, the Controle sheet lists the findings, the log tells them apart. */
static void
test_concept_and_final (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) findings = tafel_controle_run (f->store, f->traject_id, &error);
  g_autoptr(TafelExportlog) first = NULL;
  g_autoptr(TafelExportlog) second = NULL;
  g_autoptr(TafelExportlog) final = NULL;
  g_autoptr(Book) book = NULL;
  g_autofree char *sha = NULL;
  g_autofree char *nummer = NULL;
  g_autofree char *next = NULL;
  TafelPveOptions options;
  gint64 export_id;

  g_assert_no_error (error);
  g_assert_cmpuint (findings->len, >, 0);

  g_clear_pointer (&book, book_free);
  book = export_with (f, NULL, &first);
  g_assert_cmpstr (tafel_exportlog_get_versie (first), ==, "concept 0.1");
  g_assert_false (tafel_exportlog_is_definitief (first));
  g_clear_pointer (&book, book_free);
  book = export_with (f, NULL, &second);
  g_assert_cmpstr (tafel_exportlog_get_versie (second), ==, "concept 0.2");

  /* The log of the second: file, hash, options, one number per stored
   * requirement, as printed. */
  export_id = tafel_entity_get_id (TAFEL_ENTITY (second));
  sha = file_sha256 (f->path);
  g_assert_cmpstr (tafel_entity_get_string (TAFEL_ENTITY (second), "sha256"), ==, sha);
  g_assert_cmpstr (tafel_entity_get_string (TAFEL_ENTITY (second), "bestand"), ==, f->path);
  g_assert_cmpstr (tafel_entity_get_string (TAFEL_ENTITY (second), "opties"), ==, "");
  g_assert_cmpuint (count_rows (f, "SELECT count(*) FROM eis_nummer WHERE pve_export_id = ?1", export_id), ==, 9 + 2);
  nummer = logged_nummer (f, export_id, tafel_entity_get_id (TAFEL_ENTITY (f->eis_licht)));
  g_assert_cmpstr (nummer, ==, "3.4.2");
  g_assert_cmpuint (count_rows (f, "SELECT count(*) FROM pve_export WHERE traject_id = ?1", f->traject_id), ==, 2);

  /* Final despite the findings: the core writes it, the sheet lists them. */
  tafel_pve_options_init (&options);
  options.final = TRUE;
  g_clear_pointer (&book, book_free);
  book = export_with (f, &options, &final);
  g_assert_cmpstr (tafel_exportlog_get_versie (final), ==, "definitief 1.0");
  g_assert_true (tafel_exportlog_is_definitief (final));
  g_assert_cmpfloat (xpath_count (book_sheet (book, "Checks"), "//m:sheetData/m:row"), ==, 1 + findings->len);
  assert_string_cell (book, "Checks", "B2", ((TafelBevinding *) g_ptr_array_index (findings, 0))->melding);
  g_assert_cmpuint (find_row (book, "Cover", "A", "Final with open findings: see the sheet with the checks."), >, 0);

  next = tafel_export_pve_next_version (f->store, f->traject_id, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (next, ==, "concept 0.3");
  g_free (next);
  next = tafel_export_pve_next_version (f->store, f->traject_id, TRUE, &error);
  g_assert_cmpstr (next, ==, "definitief 2.0");
}

/* Nothing to find: the Controle sheet says so. */
static void
test_no_findings (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTraject) empty = tafel_test_create_traject (f->store, "leeg", "Leeg traject");
  g_autoptr(GPtrArray) findings = tafel_controle_run (f->store, tafel_entity_get_id (TAFEL_ENTITY (empty)), &error);
  g_autoptr(Book) book = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (findings->len, ==, 0);
  g_assert_true (tafel_export_pve (f->store, tafel_entity_get_id (TAFEL_ENTITY (empty)), f->path, &error));
  g_assert_no_error (error);
  book = book_open (f->path);
  assert_string_cell (book, "Checks", "A2", "No open findings");
  g_assert_cmpfloat (xpath_count (book_sheet (book, "Checks"), "//m:sheetData/m:row"), ==, 2);
}

/* A failed export logs nothing. */
static void
test_failure_not_logged (Fixture      *f,
                         gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *nowhere = g_build_filename (f->dir, "missing", "pve.xlsx", NULL);
  g_autoptr(TafelExportlog) log = NULL;

  g_assert_false (tafel_export_pve_full (f->store, f->traject_id, nowhere, NULL, &log, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_EXPORT);
  g_assert_null (log);
  g_clear_error (&error);
  g_assert_false (tafel_export_pve (f->store, 999, f->path, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_NOT_FOUND);
  g_assert_cmpuint (count_rows (f, "SELECT count(*) FROM pve_export WHERE traject_id = ?1 OR 1", 0), ==, 0);
  g_assert_cmpuint (count_rows (f, "SELECT count(*) FROM eis_nummer WHERE ?1 = 0", 0), ==, 0);
}

/* The requirements that follow from the decisions come first in their
 * sections; every number follows (hand-checked). */
static void
test_numbering_with_decisions (Fixture      *f,
                               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) generated = NULL;
  g_autoptr(GPtrArray) generated_nummers = NULL;
  g_autoptr(GHashTable) nummers = tafel_eis_nummers_full (f->store, f->traject_id, &generated, &generated_nummers,
                                                           &error);
  g_autoptr(GHashTable) plain = tafel_eis_nummers (f->store, f->traject_id, &error);
  gint64 licht = tafel_entity_get_id (TAFEL_ENTITY (f->eis_licht));
  gint64 overig = tafel_entity_get_id (TAFEL_ENTITY (f->eis_overig));

  g_assert_no_error (error);
  g_assert_cmpuint (generated->len, ==, 1);
  g_assert_cmpint (tafel_entity_get_id (g_ptr_array_index (generated, 0)), ==, 0);
  g_assert_cmpstr (g_ptr_array_index (generated_nummers, 0), ==, "3.4.1");
  g_assert_cmpstr (g_hash_table_lookup (nummers, &licht), ==, "3.4.2");
  g_assert_cmpstr (g_hash_table_lookup (nummers, &overig), ==, "3.9.1");
  g_assert_cmpstr (g_hash_table_lookup (plain, &licht), ==, "3.4.2");

  g_assert_cmpint (tafel_eis_nummer_compare ("3.4.2", "3.4.10"), <, 0);
  g_assert_cmpint (tafel_eis_nummer_compare ("10.1.1", "9.9.9"), >, 0);
  g_assert_cmpint (tafel_eis_nummer_compare ("3.4.2", "3.4.2"), ==, 0);
  g_assert_cmpint (tafel_eis_nummer_compare (NULL, "1.1.1"), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/export-pve/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("sheets", test_sheets);
  ADD ("eisen", test_eisen);
  ADD ("verantwoording", test_verantwoording);
  ADD ("print", test_print);
  ADD ("anonymise", test_anonymise);
  ADD ("no-participants", test_no_participants);
  ADD ("concept-and-final", test_concept_and_final);
  ADD ("no-findings", test_no_findings);
  ADD ("failure-not-logged", test_failure_not_logged);
  ADD ("numbering-with-decisions", test_numbering_with_decisions);
#undef ADD
  g_test_add_func ("/export-pve/anonymous-names", test_anonymous_names);

  return g_test_run ();
}
