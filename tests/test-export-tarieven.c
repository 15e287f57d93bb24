/* test-export-tarieven.c: the sheets of the Programma van Eisen with the
 * decided intensity, duration, function mix and the rates
 *
 * A small traject gets proposals and decisions through the store API; the
 * exported workbook is opened with libgsf and read with libxml2 XPath, the
 * way Excel reads it. The Rates sheet must hold live formulas whose cached
 * results are the application's own prices (tafel_kostprijs_compute), and
 * LibreOffice, recalculating them, must come to the same prices, also
 * after an auditor changed a parameter.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <gsf/gsf-infile-zip.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-stdio.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "tafel-besluit.h"
#include "tafel-export-pve.h"
#include "tafel-kostprijs.h"
#include "tafel-test-util.h"
#include "tafel-traject-setup.h"
#include "tafel-xlsx.h"

#define NS_MAIN "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define RATES "Rates"
#define NAME_FORMULA "=SUM(A1)"
#define NAME_PHONE "+31 Duurzame systeembegeleiding"

/* ---- reading a workbook (as in test-export.c) --------------------------- */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInfile, g_object_unref)

/* part name → xmlDoc */
typedef GHashTable Book;

static xmlXPathObject *
eval (xmlDoc     *doc,
      const char *expr)
{
  xmlXPathContext *ctx = xmlXPathNewContext (doc);
  xmlXPathObject *result;

  xmlXPathRegisterNs (ctx, BAD_CAST "m", BAD_CAST NS_MAIN);
  xmlXPathRegisterNs (ctx, BAD_CAST "r",
                      BAD_CAST "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
  xmlXPathRegisterNs (ctx, BAD_CAST "pr", BAD_CAST "http://schemas.openxmlformats.org/package/2006/relationships");
  result = xmlXPathEvalExpression (BAD_CAST expr, ctx);
  xmlXPathFreeContext (ctx);
  g_assert_nonnull (result);
  return result;
}

static G_GNUC_PRINTF (2, 3) char *
xpath_string (xmlDoc     *doc,
              const char *format,
              ...)
{
  g_autofree char *expr = NULL;
  g_autofree char *wrapped = NULL;
  xmlXPathObject *result;
  char *value;
  va_list args;

  va_start (args, format);
  expr = g_strdup_vprintf (format, args);
  va_end (args);

  wrapped = g_strdup_printf ("string(%s)", expr);
  result = eval (doc, wrapped);
  value = g_strdup ((const char *) result->stringval);
  xmlXPathFreeObject (result);
  return value;
}

static double
xpath_count (xmlDoc     *doc,
             const char *expr)
{
  g_autofree char *wrapped = g_strdup_printf ("count(%s)", expr);
  xmlXPathObject *result = eval (doc, wrapped);
  double n = result->floatval;

  xmlXPathFreeObject (result);
  return n;
}

/* The parts of the workbook at @path, each checked to be well-formed. */
static Book *
book_open (const char *path)
{
  static const char *const parts[] = {
    "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
    "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml",
    "xl/worksheets/sheet4.xml", "xl/worksheets/sheet5.xml", "xl/worksheets/sheet6.xml",
    "xl/worksheets/sheet7.xml", "xl/worksheets/sheet8.xml", "xl/worksheets/sheet9.xml",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GsfInput) input = gsf_input_stdio_new (path, &error);
  g_autoptr(GsfInfile) zip = NULL;
  Book *book = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) xmlFreeDoc);

  g_assert_no_error (error);
  zip = gsf_infile_zip_new (input, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_auto(GStrv) names = g_strsplit (parts[i], "/", -1);
      g_autoptr(GsfInput) part = gsf_infile_child_by_aname (zip, (const char **) names);
      const guint8 *data;
      xmlDoc *doc;

      g_assert_nonnull (part);
      data = gsf_input_read (part, gsf_input_size (part), NULL);
      g_assert_nonnull (data);
      doc = xmlReadMemory ((const char *) data, (int) gsf_input_size (part), parts[i], NULL, XML_PARSE_NONET);
      g_assert_nonnull (doc);
      g_hash_table_insert (book, (gpointer) parts[i], doc);
    }

  return book;
}

static xmlDoc *
book_doc (Book       *book,
          const char *part)
{
  xmlDoc *doc = g_hash_table_lookup (book, part);

  g_assert_nonnull (doc);
  return doc;
}

static xmlDoc *
book_sheet (Book       *book,
            const char *name)
{
  g_autofree char *rid = xpath_string (book_doc (book, "xl/workbook.xml"),
                                       "//m:sheets/m:sheet[@name='%s']/@r:id", name);
  g_autofree char *target = NULL;
  g_autofree char *part = NULL;

  g_assert_cmpstr (rid, !=, "");
  target = xpath_string (book_doc (book, "xl/_rels/workbook.xml.rels"),
                         "//pr:Relationship[@Id='%s']/@Target", rid);
  part = g_strconcat ("xl/", target, NULL);
  return book_doc (book, part);
}

/* An XPath below cell @col@row (row from 1) of @sheet: "/@t", "/m:v" … */
static char *
cell_xpath (Book       *book,
            const char *sheet,
            const char *col,
            guint       row,
            const char *what)
{
  return xpath_string (book_sheet (book, sheet), "//m:sheetData/m:row/m:c[@r='%s%u']%s", col, row, what);
}

static gboolean
has_cell (Book       *book,
          const char *sheet,
          const char *col,
          guint       row)
{
  g_autofree char *expr = g_strdup_printf ("//m:sheetData/m:row/m:c[@r='%s%u']", col, row);

  return xpath_count (book_sheet (book, sheet), expr) > 0;
}

/* A number cell (for a formula: its cached result). */
static double
number_at (Book       *book,
           const char *sheet,
           const char *col,
           guint       row)
{
  g_autofree char *type = cell_xpath (book, sheet, col, row, "/@t");
  g_autofree char *value = cell_xpath (book, sheet, col, row, "/m:v");
  char *end = NULL;
  double d;

  g_assert_cmpstr (type, ==, "");  /* a number, not text */
  g_assert_cmpstr (value, !=, "");
  d = g_ascii_strtod (value, &end);
  g_assert_true (*end == '\0');
  return d;
}

/* A formula cell: its formula (never empty) and its cached result. */
static double
formula_at (Book       *book,
            const char *sheet,
            const char *col,
            guint       row,
            char      **formula)
{
  g_autofree char *f = cell_xpath (book, sheet, col, row, "/m:f");

  g_assert_cmpstr (f, !=, "");
  if (formula != NULL)
    *formula = g_steal_pointer (&f);
  return number_at (book, sheet, col, row);
}

static char *
format_at (Book       *book,
           const char *sheet,
           const char *col,
           guint       row)
{
  g_autofree char *style = cell_xpath (book, sheet, col, row, "/@s");
  g_autofree char *fmt_id = NULL;

  g_assert_cmpstr (style, !=, "");
  fmt_id = xpath_string (book_doc (book, "xl/styles.xml"), "//m:cellXfs/m:xf[%d]/@numFmtId", atoi (style) + 1);
  return xpath_string (book_doc (book, "xl/styles.xml"), "//m:numFmts/m:numFmt[@numFmtId='%s']/@formatCode",
                       fmt_id);
}

/* Constant-memory workbooks hold their strings inline. */
static char *
text_at (Book       *book,
         const char *sheet,
         const char *col,
         guint       row)
{
  g_autofree char *type = cell_xpath (book, sheet, col, row, "/@t");

  return g_str_equal (type, "inlineStr") ? cell_xpath (book, sheet, col, row, "/m:is") : NULL;
}

static void
assert_text (Book       *book,
             const char *sheet,
             const char *col,
             guint       row,
             const char *expected)
{
  g_autofree char *value = text_at (book, sheet, col, row);

  g_assert_cmpstr (value, ==, expected);
}

/* The first row (from 1) at or after @from whose cell in @col holds
 * @text, or 0. */
static guint
find_row (Book       *book,
          const char *sheet,
          const char *col,
          const char *text,
          guint       from)
{
  g_autofree char *last = xpath_string (book_sheet (book, sheet), "//m:sheetData/m:row[last()]/@r");

  for (guint row = MAX (from, 1); row <= (guint) atoi (last); row++)
    {
      g_autofree char *value = text_at (book, sheet, col, row);

      if (g_strcmp0 (value, text) == 0)
        return row;
    }

  return 0;
}

/* ---- the traject -------------------------------------------------------- */

typedef struct {
  char             *dir;
  char             *path;
  TafelStore       *store;
  TafelTraject     *traject;
  gint64            traject_id;
  /* 0: decided from the medians; 1: hours per month over months, with
   * indirect time; 2: nothing decided; 3: a group product in dagdelen */
  TafelDeelproduct *dp[4];
  gint64            org[3];
  gint64            sessie;
  gint64            profiel[7];
} Fixture;

static void
set_values (Fixture    *f,
            gpointer    entity,
            const char *column,
            ...)
{
  g_autoptr(GError) error = NULL;
  va_list args;

  va_start (args, column);
  for (; column != NULL; column = va_arg (args, const char *))
    {
      const char *type = va_arg (args, const char *);

      if (g_str_equal (type, "s"))
        tafel_store_set_string (f->store, entity, column, va_arg (args, const char *), &error);
      else if (g_str_equal (type, "b"))
        tafel_store_set_bool (f->store, entity, column, va_arg (args, gboolean), &error);
      else
        tafel_store_set_int (f->store, entity, column, va_arg (args, gint64), &error);
      g_assert_no_error (error);
    }
  va_end (args);
}

/* Checks that @call, which reports to `local_error`, succeeded. */
#define ASSERT_OK(call) \
  G_STMT_START { \
    g_autoptr(GError) local_error = NULL; \
    gboolean ok_ = (call); \
    g_assert_no_error (local_error); \
    g_assert_true (ok_); \
  } G_STMT_END
#define PUT_UREN(d, org, niveau, uren, duur) \
  ASSERT_OK (tafel_intensiteit_put (f->store, f->dp[d], org, f->sessie, niveau, uren, duur, &local_error))
#define PUT_MIX(d, org, lines) \
  ASSERT_OK (tafel_mix_replace (f->store, f->dp[d], org, f->sessie, lines, G_N_ELEMENTS (lines), &local_error))
#define PUT_GROEP(org, values) \
  ASSERT_OK (tafel_groep_put (f->store, f->dp[3], org, f->sessie, values, &local_error))

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) dps = NULL;
  g_autoptr(GPtrArray) profielen = NULL;
  g_autoptr(GPtrArray) modellen = NULL;
  g_autoptr(TafelSessie) sessie = NULL;
  const char *names[] = { "Zorgkracht", "De Linde", "Kompas" };
  gint64 *p = f->profiel;

  f->dir = tafel_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "pve.xlsx", NULL);
  f->store = tafel_test_open_store (f->dir, "store.db");
  f->traject = tafel_test_create_traject (f->store, "segment-veel-voorkomend", "Inkoop 2027");
  f->traject_id = tafel_entity_get_id (TAFEL_ENTITY (f->traject));

  dps = tafel_store_list (f->store, TAFEL_TYPE_DEELPRODUCT, f->traject_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 4; i++)
    f->dp[i] = g_object_ref (g_ptr_array_index (dps, i));
  profielen = tafel_store_list (f->store, TAFEL_TYPE_FUNCTIEPROFIEL, f->traject_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (profielen->len, ==, 7);
  for (guint i = 0; i < 7; i++)
    f->profiel[i] = tafel_entity_get_id (TAFEL_ENTITY (g_ptr_array_index (profielen, i)));
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(TafelOrganisatie) org = tafel_traject_ensure_organisatie (f->store, f->traject_id, names[i], NULL,
                                                                          &error);
      g_assert_no_error (error);
      f->org[i] = tafel_entity_get_id (TAFEL_ENTITY (org));
    }
  sessie = tafel_traject_add_sessie (f->store, f->traject_id, &error);
  g_assert_no_error (error);
  f->sessie = tafel_entity_get_id (TAFEL_ENTITY (sessie));

  /* Every parameter in play: 1% ORT, € 1,50 other costs. */
  modellen = tafel_store_list (f->store, TAFEL_TYPE_TARIEFMODEL, f->traject_id, &error);
  g_assert_no_error (error);
  set_values (f, g_ptr_array_index (modellen, 0), "ort", "i", (gint64) 100, "overige_kosten_per_uur", "i",
              (gint64) 150, NULL);
  /* User text that looks like a formula or a number. */
  set_values (f, g_ptr_array_index (profielen, 0), "name", "s", NAME_FORMULA, NULL);

  /* 0: three proposals, decided by their medians, then "middel" raised
   * from the median 4 to 5 hours a week. */
  set_values (f, f->dp[0], "productcode", "s", "054001", "indirect_per_direct", "i", (gint64) 2000, NULL);
  {
    const TafelMixInvoer a[] = { { p[0], NULL, 6000, "direct" }, { p[1], NULL, 4000, "direct" },
                                 { p[1], NULL, 10000, "indirect" } };
    const TafelMixInvoer b[] = { { p[0], NULL, 7000, "direct" }, { p[2], NULL, 3000, "direct" } };
    const TafelMixInvoer c[] = { { p[0], NULL, 8000, "direct" }, { p[1], NULL, 2000, "direct" } };
    const gint64 uren[3][2] = { { 200, 300 }, { 300, 400 }, { 400, 600 } };
    const gint64 duur[3][2] = { { 1200, 1600 }, { 1400, 2000 }, { 2000, 2600 } };

    for (guint o = 0; o < 3; o++)
      {
        PUT_UREN (0, f->org[o], "licht", uren[o][0], duur[o][0]);
        PUT_UREN (0, f->org[o], "middel", uren[o][1], duur[o][1]);
      }
    PUT_MIX (0, f->org[0], a);
    PUT_MIX (0, f->org[1], b);
    PUT_MIX (0, f->org[2], c);
    ASSERT_OK (tafel_besluit_take_median (f->store, f->dp[0], 0, &local_error));
    PUT_UREN (0, 0, "middel", 500, 2000);
  }

  /* 1: hours per month over months, indirect time at 0,25 per direct hour. */
  set_values (f, f->dp[1], "name", "s", NAME_PHONE, "intensiteit_eenheid", "s", "uren_per_maand",
              "duur_eenheid", "s", "maanden", "indirect_per_direct", "i", (gint64) 2500, NULL);
  {
    const TafelMixInvoer besluit[] = { { p[0], NULL, 7000, "direct" }, { p[1], "post_wo_big", 3000, "direct" },
                                       { p[1], NULL, 10000, "indirect" } };

    PUT_MIX (1, 0, besluit);
    PUT_UREN (1, 0, "licht", 800, 600);
    PUT_UREN (1, 0, "zwaar", 2000, 1250);
  }

  /* 3: a group product, in dagdelen per week over months. */
  set_values (f, f->dp[3], "groepsproduct", "b", TRUE, "intensiteit_eenheid", "s", "dagdelen_per_week",
              "duur_eenheid", "s", "maanden", NULL);
  {
    const TafelMixInvoer besluit[] = { { p[5], NULL, 10000, "direct" } };
    const gint64 a[TAFEL_N_GROEP] = { 600, 9000, 300, 200, 100, TAFEL_DECIMAL_NONE };
    const gint64 b[TAFEL_N_GROEP] = { 1000, 8000, 400, 100, 200, 100 };
    const gint64 groep[TAFEL_N_GROEP] = { 800, 8500, 300, 200, 200, 50 };

    PUT_MIX (3, 0, besluit);
    PUT_GROEP (f->org[0], a);
    PUT_GROEP (f->org[1], b);
    PUT_GROEP (0, groep);
    PUT_UREN (3, 0, "licht", 200, 600);
  }
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  for (guint i = 0; i < 4; i++)
    g_clear_object (&f->dp[i]);
  g_clear_object (&f->traject);
  g_assert_finalize_object (f->store);
  tafel_test_remove_tree (f->dir);
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

static TafelKostprijs *
compute (Fixture *f,
         guint    d)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelKostprijsInvoer) invoer = tafel_kostprijs_invoer_load (f->store, f->traject_id, &error);
  TafelKostprijs *k;

  g_assert_no_error (error);
  k = tafel_kostprijs_compute (f->store, invoer, f->dp[d], &error);
  g_assert_no_error (error);
  return k;
}

/* Where the prices of deelproduct @d are on the Rates sheet (rows from 1;
 * 0 where there is none). */
typedef struct {
  guint title;
  guint uurprijs;
  guint licht;
  guint groep;
} Rows;

static Rows
find_rows (Book    *book,
           Fixture *f,
           guint    d)
{
  Rows r = { 0 };

  r.title = find_row (book, RATES, "A", tafel_deelproduct_get_name (f->dp[d]), 1);
  g_assert_cmpuint (r.title, >, 0);
  /* the first after the title: each block has at most one */
  r.uurprijs = find_row (book, RATES, "A", "Price per direct hour", r.title);
  r.licht = find_row (book, RATES, "A", "Light", r.title);
  r.groep = find_row (book, RATES, "A", "Price per client per group hour", r.title);
  return r;
}

/* ---- happy paths -------------------------------------------------------- */

static void
test_sheets (Fixture      *f,
             gconstpointer data)
{
  static const char *const names[] = {
    "Cover", "Programma van Eisen", "Deelproducten", "Intensity and duration", "Function mix", RATES,
    "Accountability", "Participants", "Checks",
  };
  g_autoptr(GHashTable) book = export_and_open (f);
  xmlDoc *wb = book_doc (book, "xl/workbook.xml");

  g_assert_cmpfloat (xpath_count (wb, "//m:sheets/m:sheet"), ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *name = xpath_string (wb, "//m:sheets/m:sheet[%u]/@name", i + 1);
      double n_formulas = xpath_count (book_sheet (book, names[i]), "//m:f");

      g_assert_cmpstr (name, ==, names[i]);
      /* only the Rates sheet has formulas */
      if (g_str_equal (names[i], RATES))
        g_assert_cmpfloat (n_formulas, >, 20);
      else
        g_assert_cmpfloat (n_formulas, ==, 0);
    }
}

/* Every price on the Rates sheet is a formula whose cached result is the
 * application's own price. */
static void
test_prices (Fixture      *f,
             gconstpointer data)
{
  g_autoptr(GHashTable) book = export_and_open (f);
  g_autofree char *f1 = NULL;
  g_autofree char *f3 = NULL;
  g_autofree char *expected = NULL;
  Rows r1, r3;

  for (guint d = 0; d < 4; d++)
    {
      g_autoptr(TafelKostprijs) k = compute (f, d);
      Rows r = find_rows (book, f, d);
      g_autofree char *formula = NULL;
      g_autofree char *code = NULL;

      if (d == 2)
        continue;   /* see test_no_mix */

      g_assert_null (k->probleem);
      g_assert_cmpuint (r.uurprijs, >, r.title);
      g_assert_cmpfloat_with_epsilon (formula_at (book, RATES, "F", r.uurprijs, &formula), k->uurprijs, 1e-6);
      g_test_message ("%s: price per direct hour %s = %.6f", tafel_deelproduct_get_name (f->dp[d]), formula,
                      k->uurprijs);
      g_assert_true (g_str_has_suffix (formula, "*(1+$B$15)"));   /* the indexation, absolute */
      code = format_at (book, RATES, "F", r.uurprijs);
      g_assert_cmpstr (code, ==, "€ #,##0.00");

      /* the first level: hours and price of a whole trajectory */
      g_assert_cmpuint (r.licht, >, r.uurprijs);
      g_assert_cmpfloat_with_epsilon (formula_at (book, RATES, "F", r.licht, NULL), k->uren[0], 1e-6);
      g_assert_cmpfloat_with_epsilon (formula_at (book, RATES, "G", r.licht, NULL), k->prijs[0], 1e-6);

      if (d == 3)
        {
          g_assert_false (isnan (k->groep_per_client));
          g_assert_cmpfloat_with_epsilon (formula_at (book, RATES, "F", r.groep, NULL), k->groep_per_client, 1e-6);
        }
    }

  /* The units: 8 hours a month for 6 months, no conversion; 2 dagdelen of
   * 4 hours a week for 6 months of 52/12 weeks. */
  r1 = find_rows (book, f, 1);
  r3 = find_rows (book, f, 3);
  g_assert_cmpfloat_with_epsilon (formula_at (book, RATES, "F", r1.licht, &f1), 48.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (formula_at (book, RATES, "F", r3.licht, &f3), 2 * 4 * 6 * 52.0 / 12.0, 1e-9);
  expected = g_strdup_printf ("B%u*D%u", r1.licht, r1.licht);
  g_assert_cmpstr (f1, ==, expected);
  g_assert_nonnull (strstr (f3, "*$B$16*(D"));   /* the hours per dagdeel */
}

static void
test_parameters (Fixture      *f,
                 gconstpointer data)
{
  static const struct { const char *label; double value; const char *format; } params[] = {
    { "Holiday pay", 0.08, "0.00%" },
    { "Year-end bonus", 0.083, "0.00%" },
    { "Irregular-hours surcharge (ORT)", 0.01, "0.00%" },
    { "Social charges and pension", 0.30, "0.00%" },
    { "Other client-bound costs per direct hour", 1.50, "€ #,##0.00" },
    { "Overhead", 0.20, "0.00%" },
    { "Risk and innovation", 0.02, "0.00%" },
    { "Indexation", 0.035, "0.00%" },
    { "Hours per dagdeel", 4.0, "0.0#" },
  };
  g_autoptr(GHashTable) book = export_and_open (f);
  guint row = find_row (book, RATES, "A", "Parameter", 1);
  guint profiles;
  g_autofree char *salary = NULL;
  g_autofree char *expected = NULL;

  g_assert_cmpuint (row, ==, 7);   /* the formulas refer to $B$8 … $B$16 */
  for (guint i = 0; i < G_N_ELEMENTS (params); i++)
    {
      g_autofree char *code = format_at (book, RATES, "B", row + 1 + i);

      assert_text (book, RATES, "A", row + 1 + i, params[i].label);
      g_assert_cmpfloat_with_epsilon (number_at (book, RATES, "B", row + 1 + i), params[i].value, 1e-12);
      g_assert_cmpstr (code, ==, params[i].format);
    }

  /* The profiles: the salary cost per paid hour from the parameters. */
  profiles = find_row (book, RATES, "A", "Function profile", row);
  g_assert_cmpuint (profiles, >, row);
  g_assert_cmpfloat_with_epsilon (formula_at (book, RATES, "G", profiles + 1, &salary),
                                  28.0 * (1 + 0.08 + 0.083 + 0.01) * 1.3, 1e-9);
  expected = g_strdup_printf ("D%u*((1+$B$8+$B$9+$B$10)*(1+$B$11))", profiles + 1);
  g_assert_cmpstr (salary, ==, expected);
  assert_text (book, RATES, "F", profiles + 1, "Yes");   /* an example value */
  assert_text (book, RATES, "A", 3, "Values marked as example value are examples: replace them with "
               "the region's own before the prices are used.");
}

/* A deelproduct without a decided function mix says why. */
static void
test_no_mix (Fixture      *f,
             gconstpointer data)
{
  g_autoptr(GHashTable) book = export_and_open (f);
  g_autoptr(TafelKostprijs) k = compute (f, 2);
  Rows r = find_rows (book, f, 2);
  Rows next = find_rows (book, f, 3);

  g_assert_nonnull (k->probleem);
  assert_text (book, RATES, "A", r.title + 1, "No price yet");
  assert_text (book, RATES, "B", r.title + 1, k->probleem);
  /* no price of its own: the next one found belongs to the next block */
  g_assert_cmpuint (r.uurprijs, >, next.title);
}

static void
test_intensiteit (Fixture      *f,
                  gconstpointer data)
{
  const char *sheet = "Intensity and duration";
  g_autoptr(GHashTable) book = export_and_open (f);
  guint row = find_row (book, sheet, "B", tafel_deelproduct_get_name (f->dp[0]), 2) + 1;
  xmlDoc *doc = book_sheet (book, sheet);
  g_autofree char *filter = xpath_string (doc, "//m:autoFilter/@ref");
  g_autofree char *state = xpath_string (doc, "//m:sheetView/m:pane/@state");
  g_autofree char *orientation = xpath_string (doc, "//m:pageSetup/@orientation");

  assert_text (book, sheet, "A", 1, "Productcode");
  assert_text (book, sheet, "N", 1, "Hours: decision − median");
  g_assert_cmpstr (filter, ==, "A1:U45");   /* 11 deelproducten × 4 levels */
  g_assert_cmpstr (state, ==, "frozen");
  g_assert_cmpstr (orientation, ==, "landscape");

  /* "middel" of the first: decided 5, the median of 3, 4 and 6 is 4 */
  g_assert_cmpuint (row, ==, 3);
  assert_text (book, sheet, "A", row, "054001");
  assert_text (book, sheet, "C", row, "Medium");
  g_assert_cmpfloat (number_at (book, sheet, "E", row), ==, 5);
  g_assert_cmpfloat (number_at (book, sheet, "H", row), ==, 3);
  g_assert_cmpfloat (number_at (book, sheet, "K", row), ==, 4);
  g_assert_cmpfloat (number_at (book, sheet, "N", row), ==, 1);
  g_assert_cmpfloat (number_at (book, sheet, "R", row), ==, 20);
  g_assert_cmpfloat (number_at (book, sheet, "U", row), ==, 0);
  /* "zwaar": nothing proposed or decided: empty, not 0; n is 0 */
  g_assert_false (has_cell (book, sheet, "E", row + 1));
  g_assert_false (has_cell (book, sheet, "K", row + 1));
  g_assert_false (has_cell (book, sheet, "N", row + 1));
  g_assert_cmpfloat (number_at (book, sheet, "H", row + 1), ==, 0);
}

static void
test_functiemix (Fixture      *f,
                 gconstpointer data)
{
  const char *sheet = "Function mix";
  g_autoptr(GHashTable) book = export_and_open (f);
  guint row = find_row (book, sheet, "B", NAME_PHONE, 2) + 1;
  guint groep = find_row (book, sheet, "D", "Expected occupancy", 2);
  g_autofree char *code = NULL;

  /* the decided mix of the second, direct time first */
  g_assert_cmpuint (row, >, 1);
  assert_text (book, sheet, "D", row, "Behavioural scientist");
  assert_text (book, sheet, "E", row, "Post-WO/BIG");   /* the decision's, not the profile's own */
  assert_text (book, sheet, "F", row, "Direct time");
  g_assert_cmpfloat_with_epsilon (number_at (book, sheet, "G", row), 0.30, 1e-12);
  code = format_at (book, sheet, "G", row);
  g_assert_cmpstr (code, ==, "0.00%");

  /* the group parameters: decided 85%, proposals 90% and 80% */
  g_assert_cmpuint (groep, >, 0);
  assert_text (book, sheet, "C", groep, "Group parameter");
  g_assert_cmpfloat_with_epsilon (number_at (book, sheet, "G", groep), 0.85, 1e-12);
  g_assert_cmpfloat_with_epsilon (number_at (book, sheet, "H", groep), 0.85, 1e-12);
  g_assert_cmpfloat_with_epsilon (number_at (book, sheet, "I", groep), 0.85, 1e-12);
  g_assert_cmpfloat (number_at (book, sheet, "J", groep), ==, 2);
}

/* No name ever ends up in a formula: each stays a text cell. */
static void
test_user_text (Fixture      *f,
                gconstpointer data)
{
  g_autoptr(GHashTable) book = export_and_open (f);
  xmlDoc *rates = book_sheet (book, RATES);
  double n = xpath_count (rates, "//m:f");
  guint profile = find_row (book, RATES, "A", NAME_FORMULA, 1);

  for (int i = 1; i <= (int) n; i++)
    {
      g_autofree char *formula = xpath_string (rates, "(//m:f)[%d]", i);

      g_assert_null (strstr (formula, "SUM(A1)"));
      g_assert_null (strstr (formula, "+31"));
      g_assert_null (strchr (formula, '"'));   /* no text constants at all */
    }
  g_assert_cmpuint (profile, >, 0);
  g_assert_cmpuint (find_row (book, RATES, "B", NAME_FORMULA, profile + 1), >, profile);   /* a mix line */
  g_assert_cmpuint (find_row (book, RATES, "A", NAME_PHONE, 1), >, 0);
  g_assert_cmpuint (find_row (book, "Function mix", "D", NAME_FORMULA, 1), >, 0);
}

/* In a Dutch locale every number in the file still has a decimal point:
 * printf in libxlsxwriter would otherwise write "0,08", which Excel and
 * openpyxl refuse. */
static void
test_dutch_numbers (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr(GHashTable) book = NULL;
  g_autofree char *rates = NULL;
  g_autofree char *value = NULL;
  g_autofree char *margin = NULL;
  g_autofree char *salary = NULL;

  if (!tafel_test_use_dutch ())
    return;
  book = export_and_open (f);
  tafel_test_use_english ();

  rates = xpath_string (book_doc (book, "xl/workbook.xml"), "//m:sheets/m:sheet[6]/@name");
  value = cell_xpath (book, rates, "B", 8, "/m:v");
  margin = xpath_string (book_sheet (book, rates), "//m:pageMargins/@left");
  salary = cell_xpath (book, rates, "G", 19, "/m:v");
  g_assert_cmpstr (value, ==, "0.08");
  g_assert_cmpstr (margin, ==, "0.5");
  g_assert_true (g_str_has_prefix (salary, "42.69"));   /* 28 × 1,173 × 1,3 = 42,6972 */
  for (guint i = 1; i <= 9; i++)
    {
      g_autofree char *part = g_strdup_printf ("xl/worksheets/sheet%u.xml", i);
      xmlDoc *doc = book_doc (book, part);

      g_assert_cmpfloat (xpath_count (doc, "//m:c[not(@t)]/m:v[contains(., ',')]"), ==, 0);
      g_assert_cmpfloat (xpath_count (doc, "//m:col[contains(@width, ',')]"), ==, 0);
      g_assert_cmpfloat (xpath_count (doc, "//m:row[contains(@ht, ',')]"), ==, 0);
    }
}

/* ---- other readers ------------------------------------------------------ */

/* Runs @script with /usr/bin/python3 and openpyxl; the reason when
 * either is missing, else NULL. */
static const char *
run_python (const char  *script,
            const char  *const *args,
            char       **out)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  if (!g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE))
    return "/usr/bin/python3 is not installed";

  g_ptr_array_add (argv, (gpointer) "/usr/bin/python3");
  g_ptr_array_add (argv, (gpointer) "-c");
  g_ptr_array_add (argv, (gpointer) script);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, &err, &status, &error);
  g_assert_no_error (error);
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    return "openpyxl is not installed";
  if (!g_spawn_check_wait_status (status, NULL))
    g_test_message ("python3: %s", err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return NULL;
}

/* openpyxl reads the formulas and, apart, their cached results; an
 * auditor raises the holiday pay to 10% and saves (openpyxl keeps the
 * formulas and drops the cached results). */
static const char audit_script[] =
  "import sys\n"
  "try:\n"
  "    import openpyxl\n"
  "except ImportError:\n"
  "    sys.exit(77)\n"
  "path, price, param, out = sys.argv[1:5]\n"
  "wb = openpyxl.load_workbook(path)\n"
  "cached = openpyxl.load_workbook(path, data_only=True)\n"
  "print('sheets=' + '|'.join(wb.sheetnames))\n"
  "print('formula=%s' % (str(wb['Rates'][price].value)[:1],))\n"
  "print('param=%s' % (type(wb['Rates'][param].value).__name__,))\n"
  "print('cached=%r' % (cached['Rates'][price].value,))\n"
  "wb['Rates'][param].value = 0.10\n"
  "wb.save(out)\n";

static void
test_openpyxl (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GHashTable) book = export_and_open (f);
  g_autoptr(TafelKostprijs) k = compute (f, 0);
  g_autofree char *price = g_strdup_printf ("F%u", find_rows (book, f, 0).uurprijs);
  g_autofree char *audit = g_build_filename (f->dir, "audit.xlsx", NULL);
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  const char *args[] = { f->path, price, "B8", audit, NULL };
  const char *missing = run_python (audit_script, args, &out);

  if (missing != NULL)
    {
      g_test_skip (missing);
      return;
    }

  lines = g_strsplit (g_strchomp (out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_cmpstr (lines[0], ==, "sheets=Cover|Programma van Eisen|Deelproducten|Intensity and duration|Function mix|Rates|Accountability|Participants|Checks");
  g_assert_cmpstr (lines[1], ==, "formula==");
  g_assert_cmpstr (lines[2], ==, "param=float");
  g_assert_true (g_str_has_prefix (lines[3], "cached="));
  g_assert_cmpfloat_with_epsilon (g_ascii_strtod (lines[3] + 7, NULL), k->uurprijs, 1e-6);
  g_assert_true (g_file_test (audit, G_FILE_TEST_IS_REGULAR));
}

/* The fields of a CSV line as LibreOffice writes them: comma separated,
 * text between double quotes, "" inside them. */
static GPtrArray *
read_csv (const char *path)
{
  g_autofree char *contents = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  for (const char *p = contents; *p != '\0'; p++)
    {
      if (quoted && *p == '"' && p[1] == '"')
        g_string_append_c (field, *p++);
      else if (*p == '"')
        quoted = !quoted;
      else if (!quoted && (*p == ',' || *p == '\n'))
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          if (*p == '\n')
            {
              g_ptr_array_add (fields, NULL);
              g_ptr_array_add (rows, g_ptr_array_steal (fields, NULL));   /* and empties it */
            }
        }
      else if (*p != '\r' || quoted)
        g_string_append_c (field, *p);
    }

  return rows;
}

/* The number in @col (0 = A) of @row (from 1). */
static double
csv_number (GPtrArray *rows,
            guint      row,
            guint      col)
{
  GStrv fields;
  char *end = NULL;
  double value;

  g_assert_cmpuint (row, >=, 1);
  g_assert_cmpuint (row, <=, rows->len);
  fields = g_ptr_array_index (rows, row - 1);
  g_assert_cmpuint (col, <, g_strv_length (fields));
  value = g_ascii_strtod (fields[col], &end);
  if (*end != '\0' || end == fields[col])
    g_error ("row %u column %u: “%s” is not a number", row, col, fields[col]);
  return value;
}

static void
assert_csv_prices (GPtrArray *rows,
                   Book      *book,
                   Fixture   *f)
{
  for (guint d = 0; d < 4; d++)
    {
      g_autoptr(TafelKostprijs) k = compute (f, d);
      Rows r = find_rows (book, f, d);

      if (d == 2)
        continue;
      g_assert_cmpfloat_with_epsilon (csv_number (rows, r.uurprijs, 5), k->uurprijs, 1e-6);
      g_assert_cmpfloat_with_epsilon (csv_number (rows, r.licht, 5), k->uren[0], 1e-6);
      g_assert_cmpfloat_with_epsilon (csv_number (rows, r.licht, 6), k->prijs[0], 1e-6);
      if (d == 3)
        g_assert_cmpfloat_with_epsilon (csv_number (rows, r.groep, 5), k->groep_per_client, 1e-6);
    }
}

/* A one-cell workbook whose cached result (0) is wrong: LibreOffice shows
 * 6 only when it recalculates on load. */
static void
write_check_workbook (const char *path)
{
  g_autoptr(GError) error = NULL;
  TafelXlsx *xlsx = tafel_xlsx_new (path, TRUE, &error);
  TafelXlsxSheet *sheet;

  g_assert_no_error (error);
  sheet = tafel_xlsx_add_sheet (xlsx, "Check", &error);
  g_assert_no_error (error);
  tafel_xlsx_number (sheet, 0, 0, 2);
  tafel_xlsx_formula (sheet, 0, 1, "=A1*3", 0, TAFEL_XLSX_GENERAL);
  g_assert_true (tafel_xlsx_close (xlsx, &error));
  g_assert_no_error (error);
  tafel_xlsx_free (xlsx);
}

/* LibreOffice, told to recalculate every workbook it opens (as an auditor
 * would), comes to the application's prices; and after the auditor raised
 * the holiday pay in the workbook, to the prices the application gives
 * with that holiday pay. */
static void
test_libreoffice (Fixture      *f,
                  gconstpointer data)
{
  static const char recalc_always[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\""
    " xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
    "<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\">"
    "<prop oor:name=\"OOXMLRecalcMode\" oor:op=\"fuse\"><value>0</value></prop></item>\n"
    "</oor:items>\n";
  g_autoptr(GError) error = NULL;
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *user = g_build_filename (f->dir, "lo-profile", "user", NULL);
  g_autofree char *xcu = g_build_filename (user, "registrymodifications.xcu", NULL);
  g_autofree char *profile = NULL;
  g_autofree char *outdir = g_build_filename (f->dir, "csv", NULL);
  g_autofree char *check = g_build_filename (f->dir, "check.xlsx", NULL);
  g_autofree char *audit = g_build_filename (f->dir, "audit.xlsx", NULL);
  g_autofree char *rates_csv = g_build_filename (outdir, "pve-Rates.csv", NULL);
  g_autofree char *check_csv = g_build_filename (outdir, "check-Check.csv", NULL);
  g_autofree char *audit_csv = g_build_filename (outdir, "audit-Rates.csv", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *price = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) check_rows = NULL;
  g_autoptr(GHashTable) book = NULL;
  gboolean audited = FALSE;
  gboolean recalculated;
  int status = 0;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed: build-aux/deps installs it");
      return;
    }

  book = export_and_open (f);
  write_check_workbook (check);
  price = g_strdup_printf ("F%u", find_rows (book, f, 0).uurprijs);
  {
    const char *args[] = { f->path, price, "B8", audit, NULL };

    audited = run_python (audit_script, args, &out) == NULL;
    g_clear_pointer (&out, g_free);
  }

  /* A profile of its own, set to recalculate on load. */
  g_assert_cmpint (g_mkdir_with_parents (user, 0700), ==, 0);
  g_assert_true (g_file_set_contents (xcu, recalc_always, -1, NULL));
  profile = g_strdup_printf ("-env:UserInstallation=file://%s/lo-profile", f->dir);
  {
    /* CSV, UTF-8 (76), text quoted, values unformatted, all sheets (-1). */
    const char *argv[] = {
      soffice, "--headless", "--norestore", profile,
      "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false,false,false,-1",
      "--outdir", outdir, f->path, check, audited ? audit : NULL, NULL
    };

    g_spawn_sync (f->dir, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  }
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_test_message ("soffice: %s %s", out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  check_rows = read_csv (check_csv);
  recalculated = csv_number (check_rows, 1, 1) == 6;
  g_test_message ("LibreOffice %s the formulas on load", recalculated ? "recalculated" : "did not recalculate");

  /* Recalculated or cached, the prices are the application's. */
  rows = read_csv (rates_csv);
  assert_csv_prices (rows, book, f);

  if (!audited || !recalculated)
    {
      g_test_message ("not checked: prices after a changed parameter (needs openpyxl and recalculation)");
      return;
    }

  /* The auditor's 10% holiday pay: every price follows. */
  {
    g_autoptr(GPtrArray) modellen = tafel_store_list (f->store, TAFEL_TYPE_TARIEFMODEL, f->traject_id, &error);
    g_autoptr(GPtrArray) audit_rows = read_csv (audit_csv);
    g_autoptr(TafelKostprijs) before = compute (f, 0);
    g_autoptr(TafelKostprijs) after = NULL;

    g_assert_no_error (error);
    set_values (f, g_ptr_array_index (modellen, 0), "vakantiegeld", "i", (gint64) 1000, NULL);
    after = compute (f, 0);
    g_assert_cmpfloat (after->uurprijs, >, before->uurprijs + 0.01);
    assert_csv_prices (audit_rows, book, f);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/export/tarieven/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("sheets", test_sheets);
  ADD ("prices", test_prices);
  ADD ("parameters", test_parameters);
  ADD ("no-mix", test_no_mix);
  ADD ("intensiteit", test_intensiteit);
  ADD ("functiemix", test_functiemix);
  ADD ("user-text", test_user_text);
  ADD ("dutch-numbers", test_dutch_numbers);
  ADD ("openpyxl", test_openpyxl);
  ADD ("libreoffice", test_libreoffice);
#undef ADD

  return g_test_run ();
}
