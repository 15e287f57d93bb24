/* test-export.c: the Programma van Eisen workbook, read back part by part
 *
 * Each test builds a small traject through the store API, exports it and
 * opens the .xlsx with libgsf; the XML parts are checked with libxml2
 * XPath, the way Excel would read them.
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

#include "tafel-error.h"
#include "tafel-export-pve.h"
#include "tafel-store-private.h"
#include "tafel-test-book.h"
#include "tafel-test-util.h"
#include "tafel-traject-setup.h"
#include "tafel-xlsx.h"

#define TEXT_LINK "=HYPERLINK(\"http://x\",\"y\")"
#define TEXT_MULTI "Regel 1\nRegel <2> & \"3\""
#define TEXT_KNOWN "Meer aandacht voor LVB in de doelgroepen"

/* ---- the traject -------------------------------------------------------- */

typedef struct {
  char         *dir;
  char         *path;
  TafelStore   *store;
  TafelTraject *traject;
  gint64        traject_id;
  gint64        known_id;
  gint64        deleted_id;
  char         *block_title;
} Fixture;

static gpointer
nth_of (Fixture *f,
        GType    type,
        guint    n)
{
  g_autoptr(GPtrArray) rows = tafel_store_list (f->store, type, f->traject_id, NULL);

  g_assert_nonnull (rows);
  g_assert_cmpuint (rows->len, >, n);
  return g_object_ref (g_ptr_array_index (rows, n));
}

static gint64
id_of (gpointer entity)
{
  return entity ? tafel_entity_get_id (entity) : 0;
}

static gint64
add_geeltje (Fixture          *f,
             const char       *text,
             TafelDeelproduct *dp,
             TafelSessie      *sessie,
             TafelOrganisatie *org)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelGeeltje) g = tafel_geeltje_new (f->traject_id);

  g_object_set (g, "text", text, "deelproduct-id", id_of (dp), "sessie-id", id_of (sessie),
                "organisatie-id", id_of (org), NULL);
  tafel_store_insert (f->store, g, &error);
  g_assert_no_error (error);
  return id_of (g);
}

static void
set_string (Fixture    *f,
            gpointer    entity,
            const char *column,
            const char *value)
{
  g_autoptr(GError) error = NULL;

  tafel_store_set_string (f->store, entity, column, value, &error);
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelDeelproduct) dp0 = NULL;
  g_autoptr(TafelDeelproduct) dp1 = NULL;
  g_autoptr(TafelDeelproduct) dp2 = NULL;
  g_autoptr(TafelSessie) s1 = NULL;
  g_autoptr(TafelSessie) s2 = NULL;
  g_autoptr(TafelVraagblok) block = NULL;
  g_autoptr(TafelOrganisatie) zorgkracht = NULL;
  g_autoptr(TafelOrganisatie) linde = NULL;
  g_autoptr(TafelDeelnemer) anna = NULL;
  g_autoptr(TafelGeeltje) known = NULL;
  g_autoptr(TafelGeeltje) multi = NULL;
  g_autoptr(TafelGeeltje) deleted = NULL;
  const char *columns[] = { "max_duur", "max_frequentie" };
  GValue values[2] = { G_VALUE_INIT, G_VALUE_INIT };

  f->dir = tafel_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "pve.xlsx", NULL);
  f->store = tafel_test_open_store (f->dir, "store.db");
  f->traject = tafel_test_create_traject (f->store, "segment-veel-voorkomend", "Inkoop J&O 2027");
  f->traject_id = id_of (f->traject);

  dp0 = nth_of (f, TAFEL_TYPE_DEELPRODUCT, 0);
  dp1 = nth_of (f, TAFEL_TYPE_DEELPRODUCT, 1);
  dp2 = nth_of (f, TAFEL_TYPE_DEELPRODUCT, 2);
  set_string (f, dp0, "productcode", "054001");
  g_value_init (&values[0], G_TYPE_INT64);
  g_value_init (&values[1], G_TYPE_INT64);
  g_value_set_int64 (&values[0], 12);
  g_value_set_int64 (&values[1], 2);
  tafel_store_setv (f->store, dp0, 2, columns, values, &error);
  g_assert_no_error (error);
  g_value_unset (&values[0]);
  g_value_unset (&values[1]);
  set_string (f, dp1, "uitvoeringsvariant", "outputgericht");

  s1 = nth_of (f, TAFEL_TYPE_SESSIE, 0);
  set_string (f, s1, "date", "2025-10-28");
  set_string (f, s1, "theme", "Visie op jeugdhulp");
  set_string (f, s1, "location", "Zaal Magnifica");
  s2 = tafel_traject_add_sessie (f->store, f->traject_id, &error);
  g_assert_no_error (error);
  set_string (f, s2, "date", "2025-11-11");
  block = nth_of (f, TAFEL_TYPE_VRAAGBLOK, 4);
  f->block_title = g_strdup_printf ("5. %s", tafel_vraagblok_get_title (block));

  zorgkracht = tafel_traject_ensure_organisatie (f->store, f->traject_id, "Zorgkracht", NULL, &error);
  g_assert_no_error (error);
  linde = tafel_traject_ensure_organisatie (f->store, f->traject_id, "De Linde & Co", NULL, &error);
  g_assert_no_error (error);
  anna = tafel_deelnemer_new (f->traject_id);
  g_object_set (anna, "name", "Anna de Vries", "organisatie-id", id_of (zorgkracht), NULL);
  tafel_store_insert (f->store, anna, &error);
  g_assert_no_error (error);

  /* Inserted out of the order the sheet must show. */
  add_geeltje (f, "Algemene opmerking", NULL, NULL, NULL);
  add_geeltje (f, TEXT_LINK, dp1, s2, linde);
  f->known_id = add_geeltje (f, TEXT_KNOWN, dp0, s1, zorgkracht);
  add_geeltje (f, "-5", dp2, NULL, NULL);
  add_geeltje (f, "@foo", dp2, NULL, NULL);
  add_geeltje (f, "_x0041_", dp2, NULL, NULL);
  add_geeltje (f, "+31 6 1234 5678", dp0, s2, NULL);
  multi = tafel_store_get (f->store, TAFEL_TYPE_GEELTJE, add_geeltje (f, TEXT_MULTI, dp1, s1, linde), &error);
  g_assert_no_error (error);
  deleted = tafel_store_get (f->store, TAFEL_TYPE_GEELTJE, add_geeltje (f, "Weg ermee", dp0, s1, NULL), &error);
  g_assert_no_error (error);
  tafel_store_delete (f->store, deleted, &error);
  g_assert_no_error (error);

  known = tafel_store_get (f->store, TAFEL_TYPE_GEELTJE, f->known_id, &error);
  g_assert_no_error (error);
  {
    const char *cols[] = { "vraagblok_id", "kind", "deelnemer_id", "status" };
    GValue v[4] = { G_VALUE_INIT, G_VALUE_INIT, G_VALUE_INIT, G_VALUE_INIT };

    g_value_set_int64 (g_value_init (&v[0], G_TYPE_INT64), id_of (block));
    g_value_set_string (g_value_init (&v[1], G_TYPE_STRING), "conceptueel");
    g_value_set_int64 (g_value_init (&v[2], G_TYPE_INT64), id_of (anna));
    g_value_set_string (g_value_init (&v[3], G_TYPE_STRING), "verwerkt");
    tafel_store_setv (f->store, known, 4, cols, v, &error);
    g_assert_no_error (error);
    for (guint i = 0; i < 4; i++)
      g_value_unset (&v[i]);
  }
  {
    const char *cols[] = { "status", "reason" };
    GValue v[2] = { G_VALUE_INIT, G_VALUE_INIT };

    g_value_set_string (g_value_init (&v[0], G_TYPE_STRING), "niet_verwerkt");
    g_value_set_string (g_value_init (&v[1], G_TYPE_STRING), "Past niet bij het perceel");
    tafel_store_setv (f->store, multi, 2, cols, v, &error);
    g_assert_no_error (error);
    g_value_unset (&v[0]);
    g_value_unset (&v[1]);
  }
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_clear_object (&f->traject);
  g_assert_finalize_object (f->store);
  tafel_test_remove_tree (f->dir);
  g_free (f->block_title);
  g_free (f->path);
  g_free (f->dir);
}

static Book *
export_and_open (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tafel_export_pve (f->store, f->traject_id, f->path, &error));
  g_assert_no_error (error);
  return book_open (f->path);
}

/* Files an export left in @dir besides @keep. */
static guint
count_leftovers (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, ".~ontwikkeltafel-"))
      n++;

  return n;
}

/* Open file descriptors of this process, or -1 where that is unknown. */
static int
count_fds (void)
{
  g_autoptr(GDir) d = g_dir_open ("/proc/self/fd", 0, NULL);
  int n = 0;

  if (d == NULL)
    return -1;
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

/* ---- happy paths -------------------------------------------------------- */

static void
test_sheets (Fixture      *f,
             gconstpointer data)
{
  g_autoptr(Book) book = export_and_open (f);
  xmlDoc *wb = book_doc (book, "xl/workbook.xml");
  g_autofree char *first = xpath_string (wb, "//m:sheets/m:sheet[1]/@name");
  g_autofree char *second = xpath_string (wb, "//m:sheets/m:sheet[2]/@name");
  g_autofree char *third = xpath_string (wb, "//m:sheets/m:sheet[3]/@name");
  g_autofree char *fourth = xpath_string (wb, "//m:sheets/m:sheet[4]/@name");
  g_autofree char *fifth = xpath_string (wb, "//m:sheets/m:sheet[5]/@name");
  g_autofree char *sixth = xpath_string (wb, "//m:sheets/m:sheet[6]/@name");
  g_autofree char *seventh = xpath_string (wb, "//m:sheets/m:sheet[7]/@name");
  g_autofree char *eighth = xpath_string (wb, "//m:sheets/m:sheet[8]/@name");
  g_autofree char *ninth = xpath_string (wb, "//m:sheets/m:sheet[9]/@name");
  g_autofree char *titles = xpath_string (wb, "//m:definedName[@name='_xlnm.Print_Titles'][@localSheetId='6']");
  g_autofree char *title = xpath_string (book_doc (book, "docProps/core.xml"), "//dc:title");
  g_autofree char *company = xpath_string (book_doc (book, "docProps/app.xml"), "//ep:Company");

  g_assert_cmpfloat (xpath_count (wb, "//m:sheets/m:sheet"), ==, 9);
  g_assert_cmpstr (first, ==, "Cover");
  g_assert_cmpstr (second, ==, "Programma van Eisen");
  g_assert_cmpstr (third, ==, "Deelproducten");
  g_assert_cmpstr (fourth, ==, "Intensity and duration");
  g_assert_cmpstr (fifth, ==, "Function mix");
  g_assert_cmpstr (sixth, ==, "Rates");
  g_assert_cmpstr (seventh, ==, "Accountability");
  g_assert_cmpstr (eighth, ==, "Participants");
  g_assert_cmpstr (ninth, ==, "Checks");
  /* every sheet but the cover and the rates is a table */
  g_assert_cmpfloat (xpath_count (wb, "//m:definedName[@name='_xlnm.Print_Titles']"), ==, 7);
  g_assert_cmpstr (titles, ==, "Accountability!$1:$1");
  g_assert_cmpstr (title, ==, "Programma van Eisen – Inkoop J&O 2027");
  g_assert_cmpstr (company, ==, "Regio Test");
  g_assert_cmpuint (count_leftovers (f->dir), ==, 0);
}

static void
test_cover (Fixture      *f,
            gconstpointer data)
{
  g_autoptr(Book) book = export_and_open (f);
  const char *sheet = "Cover";
  struct { const char *label; const char *value; } texts[] = {
    { "Traject", "Inkoop J&O 2027" },
    { "Region", "Regio Test" },
    { "Perceel", "Segment veel voorkomend" },
    { "Uitvoeringsvariant", "Effort-based" },
    { "Status", "In preparation" },
  };
  struct { const char *label; const char *value; } counts[] = {
    { "Organisations", "2" },
    { "Participants", "1" },
    { "Deelproducten", "11" },
    { "Sticky notes", "8" },
    { "Sticky notes: Open", "6" },
    { "Sticky notes: Processed", "1" },
    { "Sticky notes: Partly processed", "0" },
    { "Sticky notes: Not processed", "1" },
  };
  guint row;

  assert_string_cell (book, sheet, "A1", "Programma van Eisen");
  assert_string_cell (book, sheet, "A2", "Inkoop J&O 2027");
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *ref = NULL;

      row = find_row (book, sheet, "A", texts[i].label);
      g_assert_cmpuint (row, >, 0);
      ref = g_strdup_printf ("B%u", row);
      assert_string_cell (book, sheet, ref, texts[i].value);
    }
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_autofree char *ref = NULL;
      g_autofree char *type = NULL;
      g_autofree char *value = NULL;

      row = find_row (book, sheet, "A", counts[i].label);
      g_assert_cmpuint (row, >, 0);
      ref = g_strdup_printf ("B%u", row);
      type = cell_attr (book, sheet, ref, "t");
      value = cell_value (book, sheet, ref);
      g_assert_cmpstr (type, ==, "");
      g_assert_cmpstr (value, ==, counts[i].value);
    }

  row = find_row (book, sheet, "A", "Export date");
  g_assert_cmpuint (row, >, 0);
  {
    g_autofree char *ref = g_strdup_printf ("B%u", row);
    assert_date_cell (book, sheet, ref, "d-m-yyyy", 0);
  }

  /* The sessions, in date order, with real dates. */
  row = find_row (book, sheet, "A", "Session");
  g_assert_cmpuint (row, >, 0);
  {
    g_autofree char *b = g_strdup_printf ("B%u", row + 1);
    g_autofree char *d = g_strdup_printf ("D%u", row + 1);
    g_autofree char *e = g_strdup_printf ("E%u", row + 1);
    g_autofree char *b2 = g_strdup_printf ("B%u", row + 2);

    assert_date_cell (book, sheet, b, "d-m-yyyy", 45958);   /* 28-10-2025 */
    assert_string_cell (book, sheet, d, "Visie op jeugdhulp");
    assert_string_cell (book, sheet, e, "Zaal Magnifica");
    assert_date_cell (book, sheet, b2, "d-m-yyyy", 45972);  /* 11-11-2025 */
  }
}

static void
test_deelproducten (Fixture      *f,
                    gconstpointer data)
{
  static const char *const headers[] = {
    "Product group", "Deelproduct", "Inkoopniveau", "Productcode", "Uitvoeringsvariant",
    "Target groups", "Activities", "Lead time", "Intensity", "Quality", "Intended result",
    "Maximum duration and frequency", "Sticky notes",
  };
  g_autoptr(Book) book = export_and_open (f);
  const char *sheet = "Deelproducten";
  g_autofree char *count = NULL;
  g_autofree char *count_type = NULL;
  g_autofree char *count2 = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    {
      g_autofree char *ref = g_strdup_printf ("%c1", 'A' + i);
      assert_string_cell (book, sheet, ref, headers[i]);
    }
  g_assert_cmpfloat (xpath_count (book_sheet (book, sheet), "//m:sheetData/m:row"), ==, 12);

  assert_string_cell (book, sheet, "A2", "Jeugd- en Opvoedhulp");
  assert_string_cell (book, sheet, "B2", "Kortdurende systeembegeleiding");
  assert_string_cell (book, sheet, "C2", "Local");
  assert_string_cell (book, sheet, "D2", "054001");   /* keeps its leading zero */
  assert_string_cell (book, sheet, "E2", "Effort-based");  /* as the traject */
  assert_string_cell (book, sheet, "F2",
                      "Gezinnen waarin het opvoedklimaat de ontwikkeling van het kind tijdelijk onder druk zet.");
  assert_string_cell (book, sheet, "L2", "at most 12 months and at most 2 times per year");
  count = cell_value (book, sheet, "M2");
  count_type = cell_attr (book, sheet, "M2", "t");
  g_assert_cmpstr (count, ==, "2");
  g_assert_cmpstr (count_type, ==, "");

  assert_string_cell (book, sheet, "B3", "Duurzame systeembegeleiding");
  assert_string_cell (book, sheet, "E3", "Output-based");
  count2 = cell_value (book, sheet, "M4");
  g_assert_cmpstr (count2, ==, "3");
  assert_string_cell (book, sheet, "B12", "Onderwijsgericht dagprogramma");
}

static void
test_geeltjes (Fixture      *f,
               gconstpointer data)
{
  static const char *const headers[] = {
    "ID", "Session", "Session date", "Deelproduct", "Question block", "Kind", "Organisation",
    "Participant", "Text", "Status", "Reason", "Requirements", "Origin",
  };
  /* By deelproduct, then session date, then id; none last. */
  static const char *const order[] = {
    TEXT_KNOWN, "+31 6 1234 5678", TEXT_MULTI, TEXT_LINK, "-5", "@foo", "_x005F_x0041_",
    "Algemene opmerking",
  };
  g_autoptr(Book) book = export_and_open (f);
  const char *sheet = "Accountability";
  g_autofree char *id = NULL;
  g_autofree char *wrap = NULL;
  g_autofree char *style = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    {
      g_autofree char *ref = g_strdup_printf ("%c1", 'A' + i);
      assert_string_cell (book, sheet, ref, headers[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autofree char *ref = g_strdup_printf ("I%u", i + 2);
      assert_string_cell (book, sheet, ref, order[i]);
    }
  g_assert_cmpfloat (xpath_count (book_sheet (book, sheet), "//m:sheetData/m:row"), ==, 9);
  g_assert_cmpuint (find_row (book, sheet, "I", "Weg ermee"), ==, 0);  /* deleted */

  /* The known geeltje with everything it refers to. */
  id = cell_value (book, sheet, "A2");
  g_assert_cmpint (g_ascii_strtoll (id, NULL, 10), ==, f->known_id);
  assert_string_cell (book, sheet, "B2", "Session 1");
  assert_date_cell (book, sheet, "C2", "d-m-yyyy", 45958);
  assert_string_cell (book, sheet, "D2", "Kortdurende systeembegeleiding");
  assert_string_cell (book, sheet, "E2", f->block_title);
  assert_string_cell (book, sheet, "F2", "Conceptual");
  assert_string_cell (book, sheet, "G2", "Zorgkracht");
  assert_string_cell (book, sheet, "H2", "Anna de Vries");
  assert_string_cell (book, sheet, "J2", "Processed");
  assert_string_cell (book, sheet, "G5", "De Linde & Co");
  assert_string_cell (book, sheet, "J4", "Not processed");
  assert_string_cell (book, sheet, "K4", "Past niet bij het perceel");

  /* Several lines wrap; nothing is a formula, except the live prices of
   * the Rates sheet (see test-export-tarieven.c). */
  style = cell_attr (book, sheet, "I4", "s");
  wrap = xpath_string (book_doc (book, "xl/styles.xml"), "//m:cellXfs/m:xf[%d]/m:alignment/@wrapText",
                       atoi (style) + 1);
  g_assert_cmpstr (wrap, ==, "1");
  for (guint i = 1; i <= 9; i++)
    {
      g_autofree char *part = g_strdup_printf ("xl/worksheets/sheet%u.xml", i);
      g_autofree char *name = xpath_string (book_doc (book, "xl/workbook.xml"), "//m:sheets/m:sheet[%u]/@name", i);

      if (!g_str_equal (name, "Rates"))
        g_assert_cmpfloat (xpath_count (book_doc (book, part), "//m:f"), ==, 0);
      g_assert_cmpfloat (xpath_count (book_doc (book, part), "//m:c[@t='str' or @t='e' or @t='b']"), ==, 0);
    }
  g_assert_null (strstr (book->raw, "<f>HYPERLINK"));
  g_assert_null (strstr (book->raw, "<f "));
}

static void
test_layout (Fixture      *f,
             gconstpointer data)
{
  struct { const char *sheet; const char *filter; guint n_cols; } tables[] = {
    { "Deelproducten", "A1:M12", 13 },
    { "Accountability", "A1:M9", 13 },
  };
  g_autoptr(Book) book = export_and_open (f);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      xmlDoc *doc = book_sheet (book, tables[i].sheet);
      g_autofree char *state = xpath_string (doc, "//m:sheetView/m:pane/@state");
      g_autofree char *split = xpath_string (doc, "//m:sheetView/m:pane/@ySplit");
      g_autofree char *filter = xpath_string (doc, "//m:autoFilter/@ref");
      g_autofree char *orientation = xpath_string (doc, "//m:pageSetup/@orientation");
      g_autofree char *paper = xpath_string (doc, "//m:pageSetup/@paperSize");
      g_autofree char *fit_height = xpath_string (doc, "//m:pageSetup/@fitToHeight");
      g_autofree char *fit = xpath_string (doc, "//m:sheetPr/m:pageSetUpPr/@fitToPage");
      g_autofree char *footer = xpath_string (doc, "//m:headerFooter/m:oddFooter");
      g_autofree char *header_style = cell_attr (book, tables[i].sheet, "A1", "s");
      g_autofree char *bold = NULL;
      g_autofree char *fill = NULL;
      double n_cols = xpath_count (doc, "//m:cols/m:col");

      g_assert_cmpstr (state, ==, "frozen");
      g_assert_cmpstr (split, ==, "1");
      g_assert_cmpstr (filter, ==, tables[i].filter);
      g_assert_cmpstr (orientation, ==, "landscape");
      g_assert_cmpstr (paper, ==, "9");
      g_assert_cmpstr (fit_height, ==, "0");
      g_assert_cmpstr (fit, ==, "1");
      g_assert_cmpstr (footer, ==, "&LInkoop J&&O 2027&Cconcept 0.1&RPage &P of &N");

      /* The header row is bold on a fill. */
      bold = xpath_string (book_doc (book, "xl/styles.xml"),
                           "count(//m:fonts/m:font[number(//m:cellXfs/m:xf[%d]/@fontId) + 1]/m:b)",
                           atoi (header_style) + 1);
      fill = xpath_string (book_doc (book, "xl/styles.xml"), "//m:cellXfs/m:xf[%d]/@fillId",
                           atoi (header_style) + 1);
      g_assert_cmpstr (bold, ==, "1");
      g_assert_cmpstr (fill, !=, "0");

      /* Every column has a width that fits, none wider than the cap. */
      g_assert_cmpfloat (n_cols, ==, tables[i].n_cols);
      for (int c = 1; c <= (int) n_cols; c++)
        {
          g_autofree char *width = xpath_string (doc, "//m:cols/m:col[%d]/@width", c);
          double w = g_ascii_strtod (width, NULL);

          g_assert_cmpfloat (w, >=, 6);
          g_assert_cmpfloat (w, <=, TAFEL_XLSX_MAX_WIDTH + 3);
        }
    }

  /* The cover prints the same way. */
  {
    xmlDoc *cover = book_sheet (book, "Cover");
    g_autofree char *orientation = xpath_string (cover, "//m:pageSetup/@orientation");
    g_autofree char *footer = xpath_string (cover, "//m:headerFooter/m:oddFooter");

    g_assert_cmpstr (orientation, ==, "landscape");
    g_assert_cmpstr (footer, ==, "&LInkoop J&&O 2027&Cconcept 0.1&RPage &P of &N");
  }
}

/* The export writes nothing but its log: one row, and the number of each
 * stored requirement (the template's quality requirements). */
static void
test_store_untouched (Fixture      *f,
                      gconstpointer data)
{
  sqlite3 *db = _tafel_store_get_db (f->store);
  int before = sqlite3_total_changes (db);
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTraject) again = NULL;
  g_autoptr(GPtrArray) eisen = tafel_store_list (f->store, TAFEL_TYPE_EIS, f->traject_id, &error);

  g_assert_no_error (error);
  g_assert_true (tafel_export_pve (f->store, f->traject_id, f->path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_total_changes (db), ==, before + 1 + (int) eisen->len);
  g_assert_true (sqlite3_get_autocommit (db));  /* no read left open */

  again = tafel_store_get (f->store, TAFEL_TYPE_TRAJECT, f->traject_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tafel_traject_get_modified_at (again), ==, tafel_traject_get_modified_at (f->traject));

  /* Exporting inside a batch works too and leaves the batch open. */
  g_assert_true (tafel_store_begin_batch (f->store, &error));
  g_assert_true (tafel_export_pve (f->store, f->traject_id, f->path, &error));
  g_assert_no_error (error);
  g_assert_false (sqlite3_get_autocommit (db));
  g_assert_true (tafel_store_commit_batch (f->store, &error));
  g_assert_no_error (error);
}

static void
test_overwrite (Fixture      *f,
                gconstpointer data)
{
  g_autoptr(Book) book = NULL;

  g_assert_true (g_file_set_contents (f->path, "an earlier file", -1, NULL));
  book = export_and_open (f);
  g_assert_cmpfloat (xpath_count (book_doc (book, "xl/workbook.xml"), "//m:sheets/m:sheet"), ==, 9);
  g_assert_cmpuint (count_leftovers (f->dir), ==, 0);
}

/* A link keeps pointing at the workbook it named. */
static void
test_symlink (Fixture      *f,
              gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *real = g_build_filename (f->dir, "real.xlsx", NULL);
  g_autofree char *link = NULL;
  g_autoptr(Book) book = NULL;

  g_assert_true (g_file_set_contents (real, "earlier", -1, NULL));
  g_assert_cmpint (symlink ("real.xlsx", f->path), ==, 0);

  g_assert_true (tafel_export_pve (f->store, f->traject_id, f->path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (f->path, G_FILE_TEST_IS_SYMLINK));
  link = g_file_read_link (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (link, ==, "real.xlsx");
  book = book_open (real);
  g_assert_cmpfloat (xpath_count (book_doc (book, "xl/workbook.xml"), "//m:sheets/m:sheet"), ==, 9);
  g_assert_cmpuint (count_leftovers (f->dir), ==, 0);
}

static void
test_empty_traject (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTraject) empty = tafel_test_create_traject (f->store, "leeg", "Leeg traject");
  g_autoptr(Book) book = NULL;
  g_autofree char *filter = NULL;
  g_autofree char *dp_filter = NULL;

  g_assert_true (tafel_export_pve (f->store, id_of (empty), f->path, &error));
  g_assert_no_error (error);
  book = book_open (f->path);
  filter = xpath_string (book_sheet (book, "Accountability"), "//m:autoFilter/@ref");
  dp_filter = xpath_string (book_sheet (book, "Deelproducten"), "//m:autoFilter/@ref");
  g_assert_cmpstr (filter, ==, "A1:M1");
  g_assert_cmpstr (dp_filter, ==, "A1:M1");
  assert_string_cell (book, "Accountability", "I1", "Text");
  g_assert_cmpfloat (xpath_count (book_sheet (book, "Accountability"), "//m:sheetData/m:row"), ==, 1);
}

static void
test_dutch (Fixture      *f,
            gconstpointer data)
{
  g_autoptr(Book) book = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *sixth = NULL;
  g_autofree char *footer = NULL;
  xmlDoc *wb;

  if (!tafel_test_use_dutch ())
    return;

  /* The catalogue must translate the export: sheet names, headers, footer. */
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Cover"), !=, "Cover");

  book = export_and_open (f);
  wb = book_doc (book, "xl/workbook.xml");
  first = xpath_string (wb, "//m:sheets/m:sheet[1]/@name");
  second = xpath_string (wb, "//m:sheets/m:sheet[2]/@name");
  sixth = xpath_string (wb, "//m:sheets/m:sheet[6]/@name");
  footer = xpath_string (book_sheet (book, "Deelproducten"), "//m:headerFooter/m:oddFooter");

  g_assert_cmpstr (first, ==, "Voorblad");
  g_assert_cmpstr (second, ==, "Programma van Eisen");
  g_assert_cmpstr (sixth, ==, "Tarieven");
  g_assert_cmpstr (footer, ==, "&LInkoop J&&O 2027&Cconcept 0.1&RPagina &P van &N");
  assert_string_cell (book, "Deelproducten", "A1", "Productgroep");

  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "", TRUE);
}

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
    "dp = wb['Deelproducten']\n"
    "g = wb['Accountability']\n"
    "print('sheets=' + '|'.join(wb.sheetnames))\n"
    "print('code=%r' % (dp['D2'].value,))\n"
    "print('count=%r' % (dp['M2'].value,))\n"
    "print('link=%s %r' % (g['I5'].data_type, g['I5'].value))\n"
    "print('phone=%r' % (g['I3'].value,))\n"
    "print('minus=%r' % (g['I6'].value,))\n"
    "print('multi=%r' % (g['I4'].value,))\n"
    "print('date=%s' % (g['C2'].value.date().isoformat(),))\n"
    "print('reason=%r' % (g['K4'].value,))\n"
    "print('id=%s' % (type(g['A2'].value).__name__,))\n"
    "print('freeze=%s' % (g.freeze_panes,))\n"
    "print('filter=%s' % (g.auto_filter.ref,))\n"
    "print('titles=%s' % (g.print_title_rows,))\n"
    "print('orientation=%s' % (g.page_setup.orientation,))\n";
  const char *expected[] = {
    "sheets=Cover|Programma van Eisen|Deelproducten|Intensity and duration|Function mix|Rates|Accountability|Participants|Checks",
    "code='054001'",
    "count=2",
    "link=s '=HYPERLINK(\"http://x\",\"y\")'",
    "phone='+31 6 1234 5678'",
    "minus='-5'",
    "multi='Regel 1\\nRegel <2> & \"3\"'",
    "date=2025-10-28",
    "reason='Past niet bij het perceel'",
    "id=int",
    "freeze=A2",
    "filter=A1:M9",
    "titles=$1:$1",
    "orientation=landscape",
    NULL,
  };
  g_autoptr(GError) error = NULL;
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

  g_assert_true (tafel_export_pve (f->store, f->traject_id, f->path, &error));
  g_assert_no_error (error);

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

/* LibreOffice opens the workbook and writes every sheet out as CSV; text
 * that looks like a formula or a number comes back exactly as typed. */
static void
test_libreoffice (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *profile = NULL;
  g_autofree char *outdir = g_build_filename (f->dir, "csv", NULL);
  g_autofree char *notes_csv = g_build_filename (outdir, "pve-Accountability.csv", NULL);
  g_autofree char *dp_csv = g_build_filename (outdir, "pve-Deelproducten.csv", NULL);
  g_autofree char *cover_csv = g_build_filename (outdir, "pve-Cover.csv", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *dp = NULL;
  int status = 0;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed: build-aux/deps installs it");
      return;
    }

  g_assert_true (tafel_export_pve (f->store, f->traject_id, f->path, &error));
  g_assert_no_error (error);

  /* A profile of its own: no first-start dialogs, no clash with a running one. */
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
  g_assert_true (g_file_test (cover_csv, G_FILE_TEST_IS_REGULAR));

  g_assert_true (g_file_get_contents (notes_csv, &notes, NULL, NULL));
  g_assert_true (g_file_get_contents (dp_csv, &dp, NULL, NULL));

  /* A formula would have come back as its result, a number without its
   * leading zero or plus sign. */
  g_assert_nonnull (strstr (notes, "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""));
  g_assert_nonnull (strstr (notes, "\"+31 6 1234 5678\""));
  g_assert_nonnull (strstr (notes, "\"-5\""));
  g_assert_nonnull (strstr (dp, "\"054001\""));
}

/* ---- sad paths ---------------------------------------------------------- */

static void
assert_export_fails (Fixture    *f,
                     gint64      traject_id,
                     const char *path,
                     int         code,
                     const char *mentions)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (tafel_export_pve (f->store, traject_id, path, &error));
  g_assert_error (error, TAFEL_ERROR, code);
  g_test_message ("%s", error->message);
  if (mentions != NULL)
    g_assert_nonnull (strstr (error->message, mentions));
  g_assert_cmpuint (count_leftovers (f->dir), ==, 0);
}

static void
test_missing_folder (Fixture      *f,
                     gconstpointer data)
{
  g_autofree char *folder = g_build_filename (f->dir, "nope", NULL);
  g_autofree char *path = g_build_filename (folder, "pve.xlsx", NULL);

  assert_export_fails (f, f->traject_id, path, TAFEL_ERROR_EXPORT, path);
  assert_export_fails (f, f->traject_id, path, TAFEL_ERROR_EXPORT, "does not exist");
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

static void
test_parent_is_file (Fixture      *f,
                     gconstpointer data)
{
  g_autofree char *file = g_build_filename (f->dir, "notes.txt", NULL);
  g_autofree char *path = g_build_filename (file, "pve.xlsx", NULL);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (file, "keep me", -1, NULL));
  assert_export_fails (f, f->traject_id, path, TAFEL_ERROR_EXPORT, "is not a folder");
  g_assert_true (g_file_get_contents (file, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "keep me");
}

static void
test_path_is_folder (Fixture      *f,
                     gconstpointer data)
{
  g_autofree char *folder = g_build_filename (f->dir, "pve.xlsx", NULL);
  g_autofree char *inside = g_build_filename (folder, "earlier.txt", NULL);
  g_autofree char *contents = NULL;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (inside, "earlier", -1, NULL));
  assert_export_fails (f, f->traject_id, folder, TAFEL_ERROR_EXPORT, folder);
  assert_export_fails (f, f->traject_id, folder, TAFEL_ERROR_EXPORT, "folder");
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_assert_true (g_file_get_contents (inside, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "earlier");
}

static void
export_into_read_only_folder (gpointer data)
{
  Fixture *f = data;
  g_autofree char *path = g_build_filename (f->dir, "ro", "pve.xlsx", NULL);
  g_autofree char *folder = g_path_get_dirname (path);

  g_assert_cmpint (g_access (folder, W_OK), !=, 0);
  assert_export_fails (f, f->traject_id, path, TAFEL_ERROR_EXPORT, path);
  assert_export_fails (f, f->traject_id, path, TAFEL_ERROR_EXPORT, "read-only");
}

static void
test_read_only_folder (Fixture      *f,
                       gconstpointer data)
{
  g_autofree char *folder = g_build_filename (f->dir, "ro", NULL);
  g_autofree char *path = g_build_filename (folder, "pve.xlsx", NULL);
  g_autofree char *contents = NULL;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "earlier", -1, NULL));
  /* Only the folder is read-only: the file itself may be written. */
  g_assert_cmpint (g_chmod (path, 0666), ==, 0);
  g_assert_cmpint (g_chmod (folder, 0555), ==, 0);

  /* As root every folder is writable: export as "nobody". */
  if (!tafel_test_run_as_nobody (f->dir, export_into_read_only_folder, f))
    g_test_skip ("running as root, and cannot switch to another user: root may write in any folder");
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "earlier");

  g_chmod (folder, 0700);
}

static void
export_over_read_only_file (gpointer data)
{
  Fixture *f = data;

  g_assert_cmpint (g_access (f->path, W_OK), !=, 0);
  assert_export_fails (f, f->traject_id, f->path, TAFEL_ERROR_EXPORT, "read-only");
}

static void
test_read_only_file (Fixture      *f,
                     gconstpointer data)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (f->path, "earlier", -1, NULL));
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  /* The folder may be written: only the file itself is read-only. */
  g_assert_cmpint (g_chmod (f->dir, 0777), ==, 0);

  /* As root every file is writable: export as "nobody". */
  if (!tafel_test_run_as_nobody (f->dir, export_over_read_only_file, f))
    g_test_skip ("running as root, and cannot switch to another user: root may write any file");
  g_assert_true (g_file_get_contents (f->path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "earlier");
  g_chmod (f->dir, 0700);
}

static void
test_unknown_traject (Fixture      *f,
                      gconstpointer data)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (f->path, "earlier", -1, NULL));
  assert_export_fails (f, 987654, f->path, TAFEL_ERROR_NOT_FOUND, "987654");
  g_assert_true (g_file_get_contents (f->path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "earlier");
}

/* A text Excel cannot hold stops the export halfway through a sheet: the
 * message names sheet and cell, and the earlier file is still there. */
static void
test_text_too_long (Fixture      *f,
                    gconstpointer data)
{
  sqlite3 *db = _tafel_store_get_db (f->store);
  sqlite3_stmt *stmt = NULL;
  g_autofree char *huge = g_strnfill (40000, 'x');
  g_autofree char *contents = NULL;
  int fds;

  /* Past the store's own limit, as a damaged or foreign file could be. */
  g_assert_cmpint (sqlite3_prepare_v2 (db, "UPDATE geeltje SET text = ?1 WHERE id = ?2", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  sqlite3_bind_text (stmt, 1, huge, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, f->known_id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  fds = count_fds ();
  g_assert_true (g_file_set_contents (f->path, "earlier", -1, NULL));
  assert_export_fails (f, f->traject_id, f->path, TAFEL_ERROR_EXPORT, "“Accountability”, cell I2");
  assert_export_fails (f, f->traject_id, f->path, TAFEL_ERROR_EXPORT, "32,767");
  g_assert_cmpint (count_fds (), ==, fds);  /* no temporary file left open */
  g_assert_true (g_file_get_contents (f->path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "earlier");
  g_assert_true (sqlite3_get_autocommit (db));
}

/* ---- the helpers -------------------------------------------------------- */

static void
test_error_messages (void)
{
  for (int rc = LXW_ERROR_MEMORY_MALLOC_FAILED; rc < LXW_MAX_ERRNO; rc++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) plain = NULL;

      tafel_xlsx_set_error (&error, rc, "/srv/pve.xlsx", "Geeltjes", 4, 8);
      g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_EXPORT);
      g_assert_nonnull (strstr (error->message, "“/srv/pve.xlsx”"));
      g_assert_nonnull (strstr (error->message, "“Geeltjes”, cell I5 (row 5)"));
      /* Each code has a sentence of its own, not the library's English. */
      g_assert_null (strstr (error->message, "library reported"));
      g_assert_null (strstr (error->message, lxw_strerror (rc)));

      tafel_xlsx_set_error (&plain, rc, "/srv/pve.xlsx", NULL, -1, -1);
      g_assert_true (g_str_has_prefix (plain->message, "Could not export to “/srv/pve.xlsx”: "));
    }

  {
    g_autoptr(GError) error = NULL;

    tafel_xlsx_set_error (&error, LXW_MAX_ERRNO + 3, "/srv/pve.xlsx", "Geeltjes", -1, -1);
    g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_EXPORT);
    g_assert_nonnull (strstr (error->message, "“Geeltjes”"));
    g_assert_nonnull (strstr (error->message, "library reported"));
  }
}

static void
test_sheet_names (void)
{
  struct { const char *in; const char *out; } cases[] = {
    { "Geeltjes", "Geeltjes" },
    { "a:b/c\\d[e]*?", "a-b-c-d-e---" },
    { "'Voorblad'", "Voorblad" },
    { "Een heel lange naam die niet in een tabblad past", "Een heel lange naam die niet in" },
    { "Ééntje", "Ééntje" },
    { "''", "Sheet" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = tafel_xlsx_sheet_name (cases[i].in);

      g_assert_cmpstr (name, ==, cases[i].out);
      g_assert_cmpint (g_utf8_strlen (name, -1), <=, 31);
    }
}

static void
test_escape (void)
{
  struct { const char *in; const char *out; } cases[] = {
    { "_x0041_", "_x005F_x0041_" },
    { "a_x00e9_b_x12_c", "a_x005F_x00e9_b_x12_c" },
    { "_x005F_", "_x005F_x005F_" },
    { "_xZZZZ_", NULL },
    { "plain", NULL },
    { "_x", NULL },
  };
  g_autofree char *long_name = g_strnfill (300, '&');
  g_autofree char *footer = NULL;
  g_autofree char *amp = tafel_xlsx_footer_text ("A & B", "Page &P of &N");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *escaped = tafel_xlsx_escape_text (cases[i].in);
      g_assert_cmpstr (escaped, ==, cases[i].out);
    }

  g_assert_cmpstr (amp, ==, "&LA && B&RPage &P of &N");

  /* Within Excel's 255 characters, never half an "&&". */
  footer = tafel_xlsx_footer_text (long_name, "Page &P of &N");
  g_assert_cmpint (g_utf8_strlen (footer, -1), <=, 255);
  g_assert_true (g_str_has_suffix (footer, "&&…&RPage &P of &N"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/export/pve/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("sheets", test_sheets);
  ADD ("cover", test_cover);
  ADD ("deelproducten", test_deelproducten);
  ADD ("geeltjes", test_geeltjes);
  ADD ("layout", test_layout);
  ADD ("store-untouched", test_store_untouched);
  ADD ("overwrite", test_overwrite);
  ADD ("symlink", test_symlink);
  ADD ("empty-traject", test_empty_traject);
  ADD ("openpyxl", test_openpyxl);
  ADD ("libreoffice", test_libreoffice);
  ADD ("sad/missing-folder", test_missing_folder);
  ADD ("sad/parent-is-file", test_parent_is_file);
  ADD ("sad/path-is-folder", test_path_is_folder);
  ADD ("sad/read-only-folder", test_read_only_folder);
  ADD ("sad/read-only-file", test_read_only_file);
  ADD ("sad/unknown-traject", test_unknown_traject);
  ADD ("sad/text-too-long", test_text_too_long);
  ADD ("dutch", test_dutch);
#undef ADD

  g_test_add_func ("/export/xlsx/error-messages", test_error_messages);
  g_test_add_func ("/export/xlsx/sheet-names", test_sheet_names);
  g_test_add_func ("/export/xlsx/escape", test_escape);

  return g_test_run ();
}
