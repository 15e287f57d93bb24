/* test-uitvraag-import.c: returned uitvraag workbooks read back in
 *
 * The workbooks are made by tafel_uitvraag_export() and filled in by an
 * independent writer, /usr/bin/python3 with openpyxl (and re-saved by
 * LibreOffice in one test), as a provider would. Each test then imports
 * them and checks the exact values read back from the store: the round
 * trip, re-saved, sorted and shortened copies, every error a provider can
 * make with its sheet, row and message, the files that are refused as a
 * whole, blank workbooks, importing twice, replacing an earlier return
 * (processing and room proposals carried over or brought back), undo
 * (also after reopening the store), and the status list per session.
 *
 * The filling is described in C as a list of operations ("put these values
 * in the row whose hidden key is dp:3:licht", "reverse the data rows",
 * "delete that row", "remove that sheet") written to a JSON file that one
 * python process applies; it prints the row each operation ended up in, so
 * the tests can check the "sheet, row" every stored item carries.
 */
#include "config.h"

#include <stdarg.h>
#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "tafel-besluit.h"
#include "tafel-decimal.h"
#include "tafel-error.h"
#include "tafel-inlevering.h"
#include "tafel-test-util.h"
#include "tafel-traject-setup.h"
#include "tafel-uitvraag-export.h"
#include "tafel-uitvraag-import.h"
#include "tafel-uitvraag-layout.h"
#include "tafel-verwerking.h"
#include "tafel-xlsx-reader.h"

/* ---- filling a workbook with openpyxl ----------------------------------- */

/* Applies the operations of a JSON file (see fill_add) to a workbook and
 * saves it; prints "sheets=…", "states=…" and "ID=ROW" per operation with
 * an id. Exit 77 when openpyxl is missing. */
static const char fill_script[] =
  "import sys, json\n"
  "try:\n"
  "    import openpyxl\n"
  "except ImportError:\n"
  "    sys.exit(77)\n"
  "spec = json.load(open(sys.argv[1], encoding='utf-8'))\n"
  "KEYCOL = {'Suggesties': 5, 'Intensiteit en duur': 9, 'Functiemix': 6, 'Groepen': 8}\n"
  "FIRST = 5\n"
  "wb = openpyxl.load_workbook(spec['in']) if spec['in'] else openpyxl.Workbook()\n"
  "rows = {}\n"
  "def key_rows(ws, key):\n"
  "    c = KEYCOL[ws.title]\n"
  "    return [r for r in range(FIRST, ws.max_row + 1) if ws.cell(row=r, column=c).value == key]\n"
  "def empty_row(ws):\n"
  "    for r in range(FIRST, ws.max_row + 2):\n"
  "        if all(ws.cell(row=r, column=c).value is None for c in range(1, ws.max_column + 1)):\n"
  "            return r\n"
  "for op in spec['ops']:\n"
  "    kind = op['op']\n"
  "    ws = wb[op['sheet']] if 'sheet' in op else None\n"
  "    r = None\n"
  "    if kind == 'set':\n"
  "        ws[op['cell']] = op['value']\n"
  "    elif kind == 'key':\n"
  "        r = key_rows(ws, op['key'])[op.get('nth', 0)]\n"
  "    elif kind == 'free':\n"
  "        r = empty_row(ws)\n"
  "    elif kind == 'append':\n"
  "        r = ws.max_row + 1\n"
  "    elif kind == 'find':\n"
  "        r = next(r for r in range(FIRST, ws.max_row + 1) if ws[op['col'] + str(r)].value == op['value'])\n"
  "    elif kind == 'reverse':\n"
  "        n = ws.max_column\n"
  "        data = [[ws.cell(row=r, column=c).value for c in range(1, n + 1)] for r in range(FIRST, ws.max_row + 1)]\n"
  "        data.reverse()\n"
  "        for i, values in enumerate(data):\n"
  "            for c, v in enumerate(values):\n"
  "                ws.cell(row=FIRST + i, column=c + 1).value = v\n"
  "    elif kind == 'delete_key':\n"
  "        ws.delete_rows(key_rows(ws, op['key'])[0], 1)\n"
  "    elif kind == 'remove':\n"
  "        wb.remove(ws)\n"
  "    elif kind == 'meta':\n"
  "        m = wb['_meta']\n"
  "        for mr in range(1, m.max_row + 1):\n"
  "            if m.cell(row=mr, column=1).value == op['key']:\n"
  "                m.cell(row=mr, column=2).value = op['value']\n"
  "    else:\n"
  "        sys.exit('unknown operation ' + kind)\n"
  "    if r is not None:\n"
  "        for col, v in op.get('values', {}).items():\n"
  "            ws[col + str(r)] = v\n"
  "        if 'id' in op:\n"
  "            rows[op['id']] = r\n"
  "wb.save(spec['out'])\n"
  "print('sheets=' + '|'.join(wb.sheetnames))\n"
  "print('states=' + '|'.join(ws.sheet_state for ws in wb.worksheets))\n"
  "for k, v in rows.items():\n"
  "    print('%s=%d' % (k, v))\n";

typedef struct {
  GString   *ops;
  GPtrArray *pool;   /* strings handed out by js() and fill_printf() */
} Fill;

static Fill *
fill_new (void)
{
  Fill *fill = g_new0 (Fill, 1);

  fill->ops = g_string_new (NULL);
  fill->pool = g_ptr_array_new_with_free_func (g_free);
  return fill;
}

static void
fill_free (Fill *fill)
{
  g_string_free (fill->ops, TRUE);
  g_ptr_array_unref (fill->pool);
  g_free (fill);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Fill, fill_free)

static const char *
fill_printf (Fill       *fill,
             const char *format,
             ...) G_GNUC_PRINTF (2, 3);

static const char *
fill_printf (Fill       *fill,
             const char *format,
             ...)
{
  va_list args;
  char *text;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (fill->pool, text);
  return text;
}

/* @text as a JSON string. */
static const char *
js (Fill       *fill,
    const char *text)
{
  GString *s = g_string_new ("\"");
  char *result;

  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"' || c == '\\')
        g_string_append_printf (s, "\\%c", c);
      else if (c < 0x20)
        g_string_append_printf (s, "\\u%04x", c);
      else
        g_string_append_c (s, (char) c);
    }
  g_string_append_c (s, '"');
  result = g_string_free (s, FALSE);
  g_ptr_array_add (fill->pool, result);
  return result;
}

/* One operation: @op on @sheet (NULL: none), recorded as @id (NULL: not
 * recorded), with the raw JSON members @extra (NULL: none), then pairs of
 * column letter and JSON value, NULL-terminated: the values put in the
 * row the operation found. */
static void
fill_add (Fill       *fill,
          const char *op,
          const char *id,
          const char *sheet,
          const char *extra,
          ...)
{
  va_list args;
  const char *col;
  gboolean first = TRUE;

  g_string_append_printf (fill->ops, "%s{\"op\":\"%s\"", fill->ops->len ? ",\n" : "", op);
  if (id != NULL)
    g_string_append_printf (fill->ops, ",\"id\":%s", js (fill, id));
  if (sheet != NULL)
    g_string_append_printf (fill->ops, ",\"sheet\":%s", js (fill, sheet));
  if (extra != NULL)
    g_string_append_printf (fill->ops, ",%s", extra);
  g_string_append (fill->ops, ",\"values\":{");
  va_start (args, extra);
  while ((col = va_arg (args, const char *)) != NULL)
    {
      const char *value = va_arg (args, const char *);

      g_string_append_printf (fill->ops, "%s\"%s\":%s", first ? "" : ",", col, value);
      first = FALSE;
    }
  va_end (args);
  g_string_append (fill->ops, "}}");
}

/* A cell by its reference. */
static void
fill_set (Fill       *fill,
          const char *sheet,
          const char *cell,
          const char *value)
{
  fill_add (fill, "set", NULL, sheet, fill_printf (fill, "\"cell\":\"%s\",\"value\":%s", cell, value), NULL);
}

/* ---- the traject ---------------------------------------------------------- */

#define N_ORGS 3

typedef struct {
  char         *dir;
  TafelStore   *store;
  gint64        traject_id;
  gint64        sessie_id;
  GPtrArray    *deelproducten;
  GPtrArray    *profielen;
  gint64        org[N_ORGS];
  guint         n_fills;
} Fixture;

static const char *const org_names[N_ORGS] = { "Zorgkracht", "Horizon Jeugd", "De Brug" };

static void
set_string (TafelStore *store,
            gpointer    entity,
            const char *column,
            const char *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tafel_store_set_string (store, entity, column, value, &error));
  g_assert_no_error (error);
}

static void
set_bool (TafelStore *store,
          gpointer    entity,
          const char *column,
          gboolean    value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tafel_store_set_bool (store, entity, column, value, &error));
  g_assert_no_error (error);
}

/* The same traject, with the same ids, in any new database: the template's
 * eleven deelproducten, of which dp 1 has two levels and hours a month and
 * dp 3 is a group product; the default function profiles; "Sessie 2" with
 * a deadline; three organisations. */
static void
build_traject (Fixture    *f,
               const char *db_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTraject) traject = NULL;
  g_autoptr(TafelSessie) sessie = NULL;
  TafelDeelproduct *dp1, *dp3;

  f->store = tafel_test_open_store (f->dir, db_name);
  traject = tafel_test_create_traject (f->store, "segment-veel-voorkomend", "Inkoop J&O 2027");
  f->traject_id = tafel_entity_get_id (TAFEL_ENTITY (traject));
  f->deelproducten = tafel_store_list (f->store, TAFEL_TYPE_DEELPRODUCT, f->traject_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (f->deelproducten->len, >=, 4);
  f->profielen = tafel_store_list (f->store, TAFEL_TYPE_FUNCTIEPROFIEL, f->traject_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (f->profielen->len, >=, 3);

  sessie = tafel_traject_add_sessie (f->store, f->traject_id, &error);
  g_assert_no_error (error);
  f->sessie_id = tafel_entity_get_id (TAFEL_ENTITY (sessie));
  set_string (f->store, sessie, "name", "Sessie 2");
  set_string (f->store, sessie, "date", "2026-11-03");
  set_string (f->store, sessie, "deadline", "2026-11-10 12:00");

  for (guint i = 0; i < N_ORGS; i++)
    {
      g_autoptr(TafelOrganisatie) org = tafel_traject_ensure_organisatie (f->store, f->traject_id,
                                                                           org_names[i], NULL, &error);
      g_assert_no_error (error);
      f->org[i] = tafel_entity_get_id (TAFEL_ENTITY (org));
    }

  dp1 = g_ptr_array_index (f->deelproducten, 1);
  dp3 = g_ptr_array_index (f->deelproducten, 3);
  set_bool (f->store, dp1, "niveau_zwaar", FALSE);
  set_bool (f->store, dp1, "niveau_intensief", FALSE);
  set_string (f->store, dp1, "intensiteit_eenheid", "uren_per_maand");
  set_string (f->store, dp1, "duur_eenheid", "maanden");
  set_bool (f->store, dp3, "groepsproduct", TRUE);
}

static void
fixture_clear (Fixture *f)
{
  g_clear_pointer (&f->deelproducten, g_ptr_array_unref);
  g_clear_pointer (&f->profielen, g_ptr_array_unref);
  if (f->store != NULL)
    g_assert_finalize_object (f->store);
  f->store = NULL;
}

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  f->dir = tafel_test_make_tmpdir ();
  build_traject (f, "store.db");
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  fixture_clear (f);
  tafel_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* Another database with the same traject, in the same folder. */
static Fixture *
fresh_new (Fixture    *f,
           const char *db_name)
{
  Fixture *g = g_new0 (Fixture, 1);

  g->dir = g_strdup (f->dir);
  build_traject (g, db_name);
  g_assert_cmpint (g->traject_id, ==, f->traject_id);
  g_assert_cmpint (g->sessie_id, ==, f->sessie_id);
  g_assert_cmpint (g->org[0], ==, f->org[0]);
  return g;
}

static void
fresh_free (Fixture *g)
{
  fixture_clear (g);
  g_free (g->dir);
  g_free (g);
}

static TafelDeelproduct *
dp (Fixture *f,
    guint    i)
{
  return g_ptr_array_index (f->deelproducten, i);
}

static gint64
dp_id (Fixture *f,
       guint    i)
{
  return tafel_entity_get_id (TAFEL_ENTITY (dp (f, i)));
}

static const char *
dp_name (Fixture *f,
         guint    i)
{
  return tafel_deelproduct_get_name (dp (f, i));
}

static TafelFunctieprofiel *
profiel (Fixture *f,
         guint    i)
{
  return g_ptr_array_index (f->profielen, i);
}

static char *
path_in (Fixture    *f,
         const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

/* Writes the workbook for organisation @org (-1: a blank one) to @name. */
static char *
export_for (Fixture    *f,
            int         org,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  char *path = path_in (f, name);

  g_assert_true (tafel_uitvraag_export (f->store, f->traject_id, f->sessie_id, org < 0 ? 0 : f->org[org],
                                        path, &error));
  g_assert_no_error (error);
  return path;
}

static gboolean
have_python (void)
{
  if (!g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("/usr/bin/python3 is not installed");
      return FALSE;
    }
  return TRUE;
}

/* Runs the operations of @fill on the workbook @in (NULL: a new, plain
 * one) and saves the result as @out. Returns "id" → "row" (and "sheets",
 * "states"), or NULL after marking the test skipped when openpyxl is
 * missing. */
static GHashTable *
fill_run (Fixture    *f,
          Fill       *fill,
          const char *in,
          const char *out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *spec_path = NULL;
  g_autofree char *spec = NULL;
  g_autofree char *stdout_text = NULL;
  g_autofree char *stderr_text = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *rows;
  int status = 0;

  if (!have_python ())
    return NULL;

  spec_path = g_strdup_printf ("%s/fill-%u.json", f->dir, f->n_fills++);
  spec = g_strdup_printf ("{\"in\":%s,\"out\":%s,\"ops\":[\n%s\n]}\n",
                          in != NULL ? js (fill, in) : "null", js (fill, out), fill->ops->str);
  g_assert_true (g_file_set_contents (spec_path, spec, -1, &error));
  g_assert_no_error (error);

  {
    const char *argv[] = { "/usr/bin/python3", "-c", fill_script, spec_path, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                  &stdout_text, &stderr_text, &status, &error);
  }
  g_assert_no_error (error);
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      g_test_skip ("openpyxl is not installed");
      return NULL;
    }
  if (!g_spawn_check_wait_status (status, NULL))
    g_test_message ("openpyxl: %s\n%s", stderr_text, spec);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lines = g_strsplit (g_strchomp (stdout_text), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *eq = strchr (lines[i], '=');

      g_assert_nonnull (eq);
      g_hash_table_insert (rows, g_strndup (lines[i], eq - lines[i]), g_strdup (eq + 1));
    }
  return rows;
}

static guint
row_of (GHashTable *rows,
        const char *id)
{
  const char *row = g_hash_table_lookup (rows, id);

  g_assert_nonnull (row);
  return (guint) g_ascii_strtoull (row, NULL, 10);
}

static char *
herkomst (const char *sheet,
          guint       row)
{
  return g_strdup_printf ("%s, row %u", sheet, row);
}

/* LibreOffice, headless, saves @path again as xlsx into @outdir; NULL
 * after marking the test skipped when it is not installed. */
static char *
resave_with_libreoffice (Fixture    *f,
                         const char *path,
                         const char *outdir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *profile = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *basename = g_path_get_basename (path);
  int status = 0;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed: build-aux/deps installs it");
      return NULL;
    }
  profile = g_strdup_printf ("-env:UserInstallation=file://%s/lo-profile", f->dir);
  {
    const char *argv[] = {
      soffice, "--headless", "--norestore", profile, "--convert-to", "xlsx", "--outdir", outdir, path, NULL
    };

    g_spawn_sync (f->dir, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  }
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_test_message ("soffice: %s %s", out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_build_filename (outdir, basename, NULL);
}

/* ---- reading the store ---------------------------------------------------- */

static const char *
nz (const char *text)
{
  return text != NULL ? text : "";
}

static const char *
get_str (gpointer    entity,
         const char *column)
{
  return nz (tafel_entity_get_string (TAFEL_ENTITY (entity), column));
}

static gint64
get_int (gpointer    entity,
         const char *column)
{
  return tafel_entity_get_int (TAFEL_ENTITY (entity), column);
}

static GPtrArray *
list_all (Fixture *f,
          GType    type)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = tafel_store_list (f->store, type, f->traject_id, &error);

  g_assert_no_error (error);
  return rows;
}

/* The live rows of @type that the return @inlevering_id added. */
static GPtrArray *
items_of (Fixture *f,
          GType    type,
          gint64   inlevering_id)
{
  g_autoptr(GPtrArray) all = list_all (f, type);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < all->len; i++)
    if (get_int (all->pdata[i], "inlevering_id") == inlevering_id)
      g_ptr_array_add (rows, g_object_ref (all->pdata[i]));
  return rows;
}

static gpointer
find_by (GPtrArray  *rows,
         const char *column,
         const char *value)
{
  gpointer found = NULL;

  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (get_str (rows->pdata[i], column), value))
      {
        g_assert_null (found);   /* unique */
        found = rows->pdata[i];
      }
  if (found == NULL)
    g_test_message ("no row with %s = “%s”", column, value);
  g_assert_nonnull (found);
  return found;
}

static TafelInlevering *
get_inlevering (Fixture *f,
                gint64   id)
{
  g_autoptr(GError) error = NULL;
  TafelInlevering *in = tafel_store_get (f->store, TAFEL_TYPE_INLEVERING, id, &error);

  g_assert_no_error (error);
  return in;
}

static const GType *
item_types (void)
{
  static GType types[6];

  if (types[0] == 0)
    {
      types[0] = TAFEL_TYPE_GEELTJE;
      types[1] = TAFEL_TYPE_AANBOD;
      types[2] = TAFEL_TYPE_INTENSITEIT;
      types[3] = TAFEL_TYPE_MIXREGEL;
      types[4] = TAFEL_TYPE_GROEPSPARAMETERS;
      types[5] = 0;
    }
  return types;
}

/* Counts of every live row an import touches, to see that nothing changed. */
static char *
count_all (Fixture *f)
{
  static const char *const names[] = { "geeltje", "aanbod", "intensiteit", "mixregel", "groepsparameters" };
  const GType *types = item_types ();
  GString *text = g_string_new (NULL);

  for (guint i = 0; types[i] != 0; i++)
    {
      g_autoptr(GPtrArray) rows = list_all (f, types[i]);
      g_string_append_printf (text, "%s=%u ", names[i], rows->len);
    }
  {
    g_autoptr(GPtrArray) inleveringen = list_all (f, TAFEL_TYPE_INLEVERING);
    g_autoptr(GPtrArray) organisaties = list_all (f, TAFEL_TYPE_ORGANISATIE);

    g_string_append_printf (text, "inlevering=%u organisatie=%u", inleveringen->len, organisaties->len);
    for (guint i = 0; i < inleveringen->len; i++)
      g_string_append_printf (text, " %s", tafel_inlevering_get_status (inleveringen->pdata[i]));
  }
  return g_string_free (text, FALSE);
}

static guint
count_items (Fixture *f,
             gint64   inlevering_id)
{
  const GType *types = item_types ();
  guint n = 0;

  for (guint i = 0; types[i] != 0; i++)
    {
      g_autoptr(GPtrArray) rows = items_of (f, types[i], inlevering_id);
      n += rows->len;
    }
  return n;
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* Every stored value of a return, one sorted line per row, without the
 * row ids, to compare the same return imported into two databases. */
static char *
dump_return (Fixture *f,
             gint64   inlevering_id)
{
  static const char *const columns[][12] = {
    { "deelproduct_id", "organisatie_id", "sessie_id", "kind", "text", "status", "herkomst", NULL },
    { "deelproduct_id", "organisatie_id", "title", "description", "fit", "fit_reason", "evidence", "herkomst", NULL },
    { "deelproduct_id", "organisatie_id", "sessie_id", "bron", "niveau", "uren", "duur", "toelichting", "herkomst", NULL },
    { "deelproduct_id", "organisatie_id", "sessie_id", "bron", "functieprofiel_id", "opleidingsniveau", "aandeel",
      "tijdsoort", "herkomst", NULL },
    { "deelproduct_id", "organisatie_id", "sessie_id", "bron", "jeugdigen_per_groep", "bezetting", "uren_per_bijeenkomst",
      "bijeenkomsten_per_week", "direct_per_groep", "indirect_per_groep", "herkomst", NULL },
  };
  const GType *types = item_types ();
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(TafelInlevering) in = get_inlevering (f, inlevering_id);
  GString *text = g_string_new (NULL);

  for (guint t = 0; types[t] != 0; t++)
    {
      g_autoptr(GPtrArray) rows = items_of (f, types[t], inlevering_id);

      for (guint i = 0; i < rows->len; i++)
        {
          GString *line = g_string_new (g_type_name (types[t]));
          const TafelTable *table = tafel_entity_get_table (rows->pdata[i]);

          for (guint c = 0; columns[t][c] != NULL; c++)
            {
              const TafelField *field = tafel_table_find_field (table, columns[t][c]);

              g_assert_nonnull (field);
              if (field->type == TAFEL_FIELD_INT || field->type == TAFEL_FIELD_REF ||
                  field->type == TAFEL_FIELD_DECIMAL)
                g_string_append_printf (line, "|%s=%" G_GINT64_FORMAT, columns[t][c], get_int (rows->pdata[i], columns[t][c]));
              else
                g_string_append_printf (line, "|%s=%s", columns[t][c], get_str (rows->pdata[i], columns[t][c]));
            }
          g_ptr_array_add (lines, g_string_free (line, FALSE));
        }
    }
  g_ptr_array_sort (lines, compare_lines);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (text, "%s\n", (char *) lines->pdata[i]);
  g_string_append_printf (text, "inlevering|org=%" G_GINT64_FORMAT "|sessie=%" G_GINT64_FORMAT
                          "|status=%s|n_items=%" G_GINT64_FORMAT "|n_fouten=%" G_GINT64_FORMAT
                          "|advies=%s|onderwerpen=%s|vragen=%s|fouten=%s\n",
                          tafel_inlevering_get_organisatie_id (in), tafel_inlevering_get_sessie_id (in),
                          tafel_inlevering_get_status (in), tafel_inlevering_get_n_items (in),
                          tafel_inlevering_get_n_fouten (in), nz (tafel_inlevering_get_advies (in)),
                          nz (tafel_inlevering_get_onderwerpen (in)), nz (tafel_inlevering_get_vragen (in)),
                          nz (tafel_inlevering_get_fouten (in)));
  return g_string_free (text, FALSE);
}

/* ---- importing ------------------------------------------------------------ */

static TafelUitvraagImport *
read_ok (Fixture    *f,
         const char *path)
{
  g_autoptr(GError) error = NULL;
  TafelUitvraagImport *import = tafel_uitvraag_import_read (f->store, f->traject_id, path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  for (guint i = 0; i < tafel_uitvraag_import_get_n_errors (import); i++)
    g_test_message ("import error: %s", tafel_uitvraag_import_get_error (import, i)->message);
  return import;
}

/* Reads and stores @path, which has no errors and must be @action. */
static gint64
import_ok (Fixture          *f,
           const char       *path,
           TafelImportAction action)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelUitvraagImport) import = read_ok (f, path);
  gint64 id = -1;

  g_assert_cmpuint (tafel_uitvraag_import_get_n_errors (import), ==, 0);
  g_assert_cmpint (tafel_uitvraag_import_get_action (import), ==, action);
  g_assert_true (tafel_uitvraag_import_apply (import, FALSE, &id, &error));
  g_assert_no_error (error);
  if (action == TAFEL_IMPORT_UNCHANGED)
    g_assert_cmpint (id, ==, 0);
  else
    g_assert_cmpint (id, >, 0);
  return id;
}

static void
read_refused (Fixture    *f,
              const char *path,
              const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelUitvraagImport) import = tafel_uitvraag_import_read (f->store, f->traject_id, path, &error);
  g_autofree char *basename = g_path_get_basename (path);

  g_assert_null (import);
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT);
  g_test_message ("%s: %s", basename, error->message);
  g_assert_nonnull (strstr (error->message, basename));
  if (expected != NULL)
    g_assert_nonnull (strstr (error->message, expected));
}

static gboolean
describe_has (TafelUitvraagImport *import,
              const char          *expected)
{
  g_autoptr(GPtrArray) lines = tafel_uitvraag_import_describe (import);

  for (guint i = 0; i < lines->len; i++)
    if (strstr (lines->pdata[i], expected) != NULL)
      return TRUE;
  for (guint i = 0; i < lines->len; i++)
    g_test_message ("describe: %s", (char *) lines->pdata[i]);
  return FALSE;
}

/* ---- the standard answers ------------------------------------------------- */

/* How the answers differ from the first return. */
typedef struct {
  gboolean changed;   /* another text for dp 2, 3 hours instead of 2,5 for dp 0 light */
  gboolean sorted;    /* data rows of Suggesties and Intensiteit reversed */
  gboolean dropped;   /* rows of dp 2 (Suggesties) and dp 1 light (Intensiteit) deleted */
} Variant;

static const char *
dp2_text (const Variant *v)
{
  return v->changed ? "Samen met school en wijkteam" : "Samen met school";
}

/* Fills every sheet of a workbook made for an organisation: two offerings,
 * suggestions on prefilled and free rows, three intensity rows ("2,5" as
 * text, 3.5 as a number), two function mixes (60/40 direct plus 100
 * indirect; 0.6/0.4 as fractions), a group row and all three advice cells. */
static void
fill_answers (Fixture       *f,
              Fill          *fill,
              const Variant *v)
{
  const char *key0 = fill_printf (fill, "\"key\":\"dp:%" G_GINT64_FORMAT "\"", dp_id (f, 0));
  const char *key1 = fill_printf (fill, "\"key\":\"dp:%" G_GINT64_FORMAT "\"", dp_id (f, 1));
  const char *key2 = fill_printf (fill, "\"key\":\"dp:%" G_GINT64_FORMAT "\"", dp_id (f, 2));
  const char *key3 = fill_printf (fill, "\"key\":\"dp:%" G_GINT64_FORMAT "\"", dp_id (f, 3));
  const char *prof0 = js (fill, tafel_functieprofiel_get_name (profiel (f, 0)));
  const char *prof1 = js (fill, tafel_functieprofiel_get_name (profiel (f, 1)));
  const char *prof2 = js (fill, tafel_functieprofiel_get_name (profiel (f, 2)));

  /* Aanbod */
  fill_set (fill, "Aanbod", "A5", js (fill, "Gezinscoaching thuis"));
  fill_set (fill, "Aanbod", "B5", js (fill, "Coaching in het gezin, ook ’s avonds & in het weekend"));
  fill_set (fill, "Aanbod", "C5", js (fill, "Fits"));
  fill_set (fill, "Aanbod", "D5", js (fill, "Sluit aan bij het beoogde resultaat"));
  fill_set (fill, "Aanbod", "E5", js (fill, "Evidence based"));
  fill_set (fill, "Aanbod", "F5", js (fill, dp_name (f, 0)));
  fill_set (fill, "Aanbod", "A6", js (fill, "Oudergroep"));
  fill_set (fill, "Aanbod", "C6", js (fill, "Partly fits"));
  fill_set (fill, "Aanbod", "E6", js (fill, "Practice based"));

  /* Suggesties: two on a prefilled row, one on another, two free rows */
  fill_add (fill, "key", "s_dp0", "Suggesties", key0,
            "B", js (fill, "Korter formuleren"), "C", js (fill, "Meer nadruk op het netwerk"), NULL);
  fill_add (fill, "key", "s_dp2", "Suggesties", key2, "C", js (fill, dp2_text (v)), NULL);
  fill_add (fill, "free", "s_alg", "Suggesties", NULL,
            "A", js (fill, TAFEL_UITVRAAG_ALGEMEEN), "B", js (fill, "Eén taal voor alle deelproducten"), NULL);
  fill_add (fill, "free", "s_dp1", "Suggesties", NULL,
            "A", js (fill, dp_name (f, 1)), "C", js (fill, "Langere duur mogelijk maken"), NULL);

  /* Intensiteit en duur */
  fill_add (fill, "key", "i_0l", "Intensiteit en duur",
            fill_printf (fill, "\"key\":\"dp:%" G_GINT64_FORMAT ":licht\"", dp_id (f, 0)),
            "D", js (fill, v->changed ? "3" : "2,5"), "E", "12", "G", js (fill, "Bij crisis langer"), NULL);
  fill_add (fill, "key", "i_0m", "Intensiteit en duur",
            fill_printf (fill, "\"key\":\"dp:%" G_GINT64_FORMAT ":middel\"", dp_id (f, 0)), "D", "3.5", NULL);
  fill_add (fill, "key", "i_1l", "Intensiteit en duur",
            fill_printf (fill, "\"key\":\"dp:%" G_GINT64_FORMAT ":licht\"", dp_id (f, 1)),
            "D", "8", "E", js (fill, "6"), NULL);

  /* Functiemix */
  fill_add (fill, "key", "m_0a", "Functiemix", fill_printf (fill, "%s,\"nth\":0", key0), "B", prof0, "D", "60", NULL);
  fill_add (fill, "key", "m_0b", "Functiemix", fill_printf (fill, "%s,\"nth\":1", key0),
            "B", prof1, "C", js (fill, "WO"), "D", "40", NULL);
  fill_add (fill, "key", "m_0c", "Functiemix", fill_printf (fill, "%s,\"nth\":2", key0),
            "B", prof0, "D", "100", "E", js (fill, "Indirect time"), NULL);
  fill_add (fill, "key", "m_1a", "Functiemix", fill_printf (fill, "%s,\"nth\":0", key1), "B", prof2, "D", "0.6", NULL);
  fill_add (fill, "key", "m_1b", "Functiemix", fill_printf (fill, "%s,\"nth\":3", key1), "B", prof0, "D", "0.4", NULL);

  /* Groepen */
  fill_add (fill, "key", "g_3", "Groepen", key3,
            "B", "8", "C", "90", "D", js (fill, "1,5"), "E", "2", "F", "2", "G", js (fill, "0,5"), NULL);

  /* Advies */
  fill_set (fill, "Advies", "B5", js (fill, "Houd de tarieven eenvoudig"));
  fill_set (fill, "Advies", "B6", js (fill, "Wachttijden en de functiemix"));
  fill_set (fill, "Advies", "B7", js (fill, "Hoe telt de bezettingsgraad mee?"));

  if (v->sorted)
    {
      fill_add (fill, "reverse", NULL, "Suggesties", NULL, NULL);
      fill_add (fill, "reverse", NULL, "Intensiteit en duur", NULL, NULL);
    }
  if (v->dropped)
    {
      fill_add (fill, "delete_key", NULL, "Suggesties", key2, NULL);
      fill_add (fill, "delete_key", NULL, "Intensiteit en duur",
                fill_printf (fill, "\"key\":\"dp:%" G_GINT64_FORMAT ":licht\"", dp_id (f, 1)), NULL);
    }
  if (v->sorted || v->dropped)
    {
      /* where the rows are now */
      fill_add (fill, "key", "s_dp0", "Suggesties", key0, NULL);
      if (!v->dropped)
        fill_add (fill, "key", "s_dp2", "Suggesties", key2, NULL);
      fill_add (fill, "find", "s_alg", "Suggesties",
                fill_printf (fill, "\"col\":\"B\",\"value\":%s", js (fill, "Eén taal voor alle deelproducten")), NULL);
      fill_add (fill, "find", "s_dp1", "Suggesties",
                fill_printf (fill, "\"col\":\"C\",\"value\":%s", js (fill, "Langere duur mogelijk maken")), NULL);
      fill_add (fill, "key", "i_0l", "Intensiteit en duur",
                fill_printf (fill, "\"key\":\"dp:%" G_GINT64_FORMAT ":licht\"", dp_id (f, 0)), NULL);
      fill_add (fill, "key", "i_0m", "Intensiteit en duur",
                fill_printf (fill, "\"key\":\"dp:%" G_GINT64_FORMAT ":middel\"", dp_id (f, 0)), NULL);
      if (!v->dropped)
        fill_add (fill, "key", "i_1l", "Intensiteit en duur",
                  fill_printf (fill, "\"key\":\"dp:%" G_GINT64_FORMAT ":licht\"", dp_id (f, 1)), NULL);
    }
}

/* Exports the workbook of organisation 0 and fills it as @v says. */
static GHashTable *
make_return (Fixture       *f,
             const Variant *v,
             const char    *name)
{
  g_autofree char *blank = export_for (f, 0, "export.xlsx");
  g_autofree char *path = path_in (f, name);
  g_autoptr(Fill) fill = fill_new ();

  fill_answers (f, fill, v);
  return fill_run (f, fill, blank, path);
}

static guint
expected_n_items (const Variant *v)
{
  return v->dropped ? 14 : 16;
}

static void
assert_proposal_origin (Fixture    *f,
                        gpointer    row,
                        guint       deelproduct,
                        gint64      inlevering_id,
                        const char *sheet,
                        guint       sheet_row)
{
  g_autofree char *expected = herkomst (sheet, sheet_row);

  g_assert_cmpint (get_int (row, "deelproduct_id"), ==, dp_id (f, deelproduct));
  g_assert_cmpint (get_int (row, "organisatie_id"), ==, f->org[0]);
  g_assert_cmpint (get_int (row, "sessie_id"), ==, f->sessie_id);
  g_assert_cmpint (get_int (row, "inlevering_id"), ==, inlevering_id);
  g_assert_cmpstr (get_str (row, "bron"), ==, "voorstel");
  g_assert_cmpstr (get_str (row, "herkomst"), ==, expected);
}

/* Checks every value the return @id of organisation 0 stored against the
 * answers of fill_answers(). */
static void
check_return (Fixture       *f,
              gint64         id,
              GHashTable    *rows,
              const Variant *v)
{
  g_autoptr(GPtrArray) geeltjes = items_of (f, TAFEL_TYPE_GEELTJE, id);
  g_autoptr(GPtrArray) aanbod = items_of (f, TAFEL_TYPE_AANBOD, id);
  g_autoptr(GPtrArray) intensiteit = items_of (f, TAFEL_TYPE_INTENSITEIT, id);
  g_autoptr(GPtrArray) mix = items_of (f, TAFEL_TYPE_MIXREGEL, id);
  g_autoptr(GPtrArray) groepen = items_of (f, TAFEL_TYPE_GROEPSPARAMETERS, id);
  g_autoptr(TafelInlevering) in = get_inlevering (f, id);
  const struct {
    const char *text;
    const char *kind;
    int         deelproduct;   /* -1: general */
    const char *row_id;
  } expected_geeltjes[] = {
    { "Korter formuleren", "tekstueel", 0, "s_dp0" },
    { "Meer nadruk op het netwerk", "conceptueel", 0, "s_dp0" },
    { dp2_text (v), "conceptueel", 2, "s_dp2" },
    { "Eén taal voor alle deelproducten", "tekstueel", -1, "s_alg" },
    { "Langere duur mogelijk maken", "conceptueel", 1, "s_dp1" },
  };
  gpointer row;

  /* geeltjes */
  g_assert_cmpuint (geeltjes->len, ==, v->dropped ? 4 : 5);
  for (guint i = 0; i < G_N_ELEMENTS (expected_geeltjes); i++)
    {
      g_autofree char *origin = NULL;

      if (v->dropped && expected_geeltjes[i].deelproduct == 2)
        continue;
      row = find_by (geeltjes, "text", expected_geeltjes[i].text);
      origin = herkomst ("Suggesties", row_of (rows, expected_geeltjes[i].row_id));
      g_assert_cmpstr (get_str (row, "kind"), ==, expected_geeltjes[i].kind);
      g_assert_cmpint (get_int (row, "deelproduct_id"), ==,
                       expected_geeltjes[i].deelproduct < 0 ? 0 : dp_id (f, expected_geeltjes[i].deelproduct));
      g_assert_cmpint (get_int (row, "organisatie_id"), ==, f->org[0]);
      g_assert_cmpint (get_int (row, "sessie_id"), ==, f->sessie_id);
      g_assert_cmpint (get_int (row, "inlevering_id"), ==, id);
      g_assert_cmpstr (get_str (row, "herkomst"), ==, origin);
    }

  /* aanbod */
  g_assert_cmpuint (aanbod->len, ==, 2);
  row = find_by (aanbod, "title", "Gezinscoaching thuis");
  g_assert_cmpstr (get_str (row, "description"), ==, "Coaching in het gezin, ook ’s avonds & in het weekend");
  g_assert_cmpstr (get_str (row, "fit"), ==, "past");
  g_assert_cmpstr (get_str (row, "fit_reason"), ==, "Sluit aan bij het beoogde resultaat");
  g_assert_cmpstr (get_str (row, "evidence"), ==, "evidence_based");
  g_assert_cmpint (get_int (row, "deelproduct_id"), ==, dp_id (f, 0));
  g_assert_cmpint (get_int (row, "organisatie_id"), ==, f->org[0]);
  g_assert_cmpstr (get_str (row, "herkomst"), ==, "Aanbod, row 5");
  row = find_by (aanbod, "title", "Oudergroep");
  g_assert_cmpstr (get_str (row, "description"), ==, "");
  g_assert_cmpstr (get_str (row, "fit"), ==, "past_deels");
  g_assert_cmpstr (get_str (row, "fit_reason"), ==, "");
  g_assert_cmpstr (get_str (row, "evidence"), ==, "practice_based");
  g_assert_cmpint (get_int (row, "deelproduct_id"), ==, 0);
  g_assert_cmpint (get_int (row, "organisatie_id"), ==, f->org[0]);
  g_assert_cmpstr (get_str (row, "herkomst"), ==, "Aanbod, row 6");

  /* intensiteit, in hundredths */
  g_assert_cmpuint (intensiteit->len, ==, v->dropped ? 2 : 3);
  {
    g_autofree char *h0l = herkomst ("Intensiteit en duur", row_of (rows, "i_0l"));
    g_autofree char *h0m = herkomst ("Intensiteit en duur", row_of (rows, "i_0m"));

    row = find_by (intensiteit, "herkomst", h0l);
    assert_proposal_origin (f, row, 0, id, "Intensiteit en duur", row_of (rows, "i_0l"));
    g_assert_cmpstr (get_str (row, "niveau"), ==, "licht");
    g_assert_cmpint (get_int (row, "uren"), ==, v->changed ? 300 : 250);
    g_assert_cmpint (get_int (row, "duur"), ==, 1200);
    g_assert_cmpstr (get_str (row, "toelichting"), ==, "Bij crisis langer");

    row = find_by (intensiteit, "herkomst", h0m);
    assert_proposal_origin (f, row, 0, id, "Intensiteit en duur", row_of (rows, "i_0m"));
    g_assert_cmpstr (get_str (row, "niveau"), ==, "middel");
    g_assert_cmpint (get_int (row, "uren"), ==, 350);
    g_assert_cmpint (get_int (row, "duur"), ==, TAFEL_DECIMAL_NONE);
    g_assert_cmpstr (get_str (row, "toelichting"), ==, "");
  }
  if (!v->dropped)
    {
      g_autofree char *h1l = herkomst ("Intensiteit en duur", row_of (rows, "i_1l"));

      row = find_by (intensiteit, "herkomst", h1l);
      assert_proposal_origin (f, row, 1, id, "Intensiteit en duur", row_of (rows, "i_1l"));
      g_assert_cmpstr (get_str (row, "niveau"), ==, "licht");
      g_assert_cmpint (get_int (row, "uren"), ==, 800);
      g_assert_cmpint (get_int (row, "duur"), ==, 600);
    }

  /* function mix: 60/40 direct and 100 indirect for dp 0, 0.6/0.4 for dp 1 */
  g_assert_cmpuint (mix->len, ==, 5);
  {
    const struct {
      const char *row_id;
      guint       deelproduct;
      guint       profiel;
      const char *opleiding;   /* NULL: the profile's own */
      gint64      aandeel;
      const char *tijdsoort;
    } lines[] = {
      { "m_0a", 0, 0, NULL, 6000, "direct" },
      { "m_0b", 0, 1, "wo", 4000, "direct" },
      { "m_0c", 0, 0, NULL, 10000, "indirect" },
      { "m_1a", 1, 2, NULL, 6000, "direct" },
      { "m_1b", 1, 0, NULL, 4000, "direct" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
      {
        g_autofree char *origin = herkomst ("Functiemix", row_of (rows, lines[i].row_id));

        row = find_by (mix, "herkomst", origin);
        assert_proposal_origin (f, row, lines[i].deelproduct, id, "Functiemix", row_of (rows, lines[i].row_id));
        g_assert_cmpint (get_int (row, "functieprofiel_id"), ==,
                         tafel_entity_get_id (TAFEL_ENTITY (profiel (f, lines[i].profiel))));
        g_assert_cmpstr (get_str (row, "opleidingsniveau"), ==,
                         lines[i].opleiding ? lines[i].opleiding
                                            : tafel_functieprofiel_get_opleidingsniveau (profiel (f, lines[i].profiel)));
        g_assert_cmpint (get_int (row, "aandeel"), ==, lines[i].aandeel);
        g_assert_cmpstr (get_str (row, "tijdsoort"), ==, lines[i].tijdsoort);
      }
  }

  /* group parameters */
  g_assert_cmpuint (groepen->len, ==, 1);
  row = groepen->pdata[0];
  assert_proposal_origin (f, row, 3, id, "Groepen", row_of (rows, "g_3"));
  g_assert_cmpint (get_int (row, tafel_groep_kolommen[TAFEL_GROEP_JEUGDIGEN]), ==, 800);
  g_assert_cmpint (get_int (row, tafel_groep_kolommen[TAFEL_GROEP_BEZETTING]), ==, 9000);
  g_assert_cmpint (get_int (row, tafel_groep_kolommen[TAFEL_GROEP_UREN_PER_BIJEENKOMST]), ==, 150);
  g_assert_cmpint (get_int (row, tafel_groep_kolommen[TAFEL_GROEP_BIJEENKOMSTEN_PER_WEEK]), ==, 200);
  g_assert_cmpint (get_int (row, tafel_groep_kolommen[TAFEL_GROEP_DIRECT]), ==, 200);
  g_assert_cmpint (get_int (row, tafel_groep_kolommen[TAFEL_GROEP_INDIRECT]), ==, 50);

  /* the return itself */
  g_assert_cmpint (tafel_inlevering_get_organisatie_id (in), ==, f->org[0]);
  g_assert_cmpint (tafel_inlevering_get_sessie_id (in), ==, f->sessie_id);
  g_assert_cmpstr (tafel_inlevering_get_advies (in), ==, "Houd de tarieven eenvoudig");
  g_assert_cmpstr (tafel_inlevering_get_onderwerpen (in), ==, "Wachttijden en de functiemix");
  g_assert_cmpstr (tafel_inlevering_get_vragen (in), ==, "Hoe telt de bezettingsgraad mee?");
  g_assert_cmpint (tafel_inlevering_get_n_items (in), ==, expected_n_items (v));
  g_assert_cmpint (tafel_inlevering_get_n_fouten (in), ==, 0);
  g_assert_cmpstr (nz (tafel_inlevering_get_fouten (in)), ==, "");
  g_assert_cmpuint (strlen (nz (tafel_inlevering_get_sha256 (in))), ==, 64);
  g_assert_cmpuint (strlen (nz (tafel_inlevering_get_inhoud (in))), ==, 64);
  g_assert_cmpuint (count_items (f, id), ==, expected_n_items (v));
}

/* ---- 1. the round trip ---------------------------------------------------- */

static void
test_round_trip (Fixture      *f,
                 gconstpointer data)
{
  const Variant v = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) rows = make_return (f, &v, "Sessie 2 - Zorgkracht.xlsx");
  g_autofree char *path = path_in (f, "Sessie 2 - Zorgkracht.xlsx");
  g_autoptr(TafelUitvraagImport) import = NULL;
  g_autoptr(TafelInlevering) in = NULL;
  g_autoptr(GPtrArray) uitvragen = NULL;
  g_autoptr(GPtrArray) geeltjes = NULL;
  g_autoptr(TafelXlsxBook) book = NULL;
  gint64 id = 0;

  if (rows == NULL)
    return;

  /* openpyxl kept the hidden sheets hidden, and _meta */
  g_assert_cmpstr (g_hash_table_lookup (rows, "sheets"), ==,
                   "Instructie|Aanbod|Suggesties|Intensiteit en duur|Functiemix|Groepen|Advies|Lijsten|_meta");
  g_assert_cmpstr (g_hash_table_lookup (rows, "states"), ==,
                   "visible|visible|visible|visible|visible|visible|visible|hidden|hidden");
  book = tafel_xlsx_book_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tafel_xlsx_book_get_n_sheets (book), ==, 9);
  g_assert_cmpstr (tafel_xlsx_book_get_sheet_name (book, 8), ==, TAFEL_UITVRAAG_SHEET_META);
  g_assert_true (tafel_xlsx_book_sheet_is_hidden (book, 8));
  /* the text stayed text and the number a number */
  {
    TafelXlsxReadSheet *sheet = tafel_xlsx_book_get_sheet (book, TAFEL_UITVRAAG_SHEET_INTENSITEIT, &error);
    const TafelXlsxCell *cell;

    g_assert_no_error (error);
    cell = tafel_xlsx_sheet_get_cell (sheet, row_of (rows, "i_0l"), TAFEL_UITVRAAG_INT_UREN + 1);
    g_assert_nonnull (cell);
    g_assert_cmpint (cell->type, ==, TAFEL_CELL_STRING);
    g_assert_cmpstr (cell->text, ==, "2,5");
    cell = tafel_xlsx_sheet_get_cell (sheet, row_of (rows, "i_0m"), TAFEL_UITVRAAG_INT_UREN + 1);
    g_assert_nonnull (cell);
    g_assert_cmpint (cell->type, ==, TAFEL_CELL_NUMBER);
  }

  import = read_ok (f, path);
  g_assert_cmpint (tafel_uitvraag_import_get_action (import), ==, TAFEL_IMPORT_NEW);
  g_assert_cmpint (tafel_uitvraag_import_get_organisatie_id (import), ==, f->org[0]);
  g_assert_cmpstr (tafel_uitvraag_import_get_organisatie_name (import), ==, "Zorgkracht");
  g_assert_cmpint (tafel_uitvraag_import_get_sessie_id (import), ==, f->sessie_id);
  g_assert_cmpstr (tafel_uitvraag_import_get_sessie_name (import), ==, "Sessie 2");
  g_assert_cmpstr (tafel_uitvraag_import_get_path (import), ==, path);
  g_assert_cmpuint (tafel_uitvraag_import_get_n_errors (import), ==, 0);
  g_assert_cmpuint (tafel_uitvraag_import_get_n_geeltjes (import), ==, 5);
  g_assert_cmpuint (tafel_uitvraag_import_get_n_aanbod (import), ==, 2);
  g_assert_cmpuint (tafel_uitvraag_import_get_n_intensiteit (import), ==, 3);
  g_assert_cmpuint (tafel_uitvraag_import_get_n_mix (import), ==, 2);
  g_assert_cmpuint (tafel_uitvraag_import_get_n_groepen (import), ==, 1);
  g_assert_true (tafel_uitvraag_import_has_advies (import));
  g_assert_true (describe_has (import, "5 suggestions become sticky notes"));
  g_assert_true (describe_has (import, "3 proposals for intensity and duration"));
  g_assert_true (describe_has (import, "a function mix for 2 deelproducten"));
  g_assert_false (describe_has (import, "error"));

  g_assert_true (tafel_uitvraag_import_apply (import, FALSE, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  check_return (f, id, rows, &v);
  in = get_inlevering (f, id);
  g_assert_cmpstr (tafel_inlevering_get_status (in), ==, "actief");
  g_assert_cmpint (tafel_inlevering_get_vervangt_id (in), ==, 0);
  g_assert_cmpstr (tafel_inlevering_get_bestand (in), ==, path);
  /* matched to the workbook that was sent */
  uitvragen = list_all (f, TAFEL_TYPE_UITVRAAG);
  g_assert_cmpuint (uitvragen->len, ==, 1);
  g_assert_cmpint (tafel_inlevering_get_uitvraag_id (in), ==, tafel_entity_get_id (uitvragen->pdata[0]));
  /* new sticky notes are open */
  geeltjes = items_of (f, TAFEL_TYPE_GEELTJE, id);
  for (guint i = 0; i < geeltjes->len; i++)
    g_assert_cmpstr (tafel_geeltje_get_status (geeltjes->pdata[i]), ==, "open");
}

/* ---- 2. re-saved by LibreOffice ------------------------------------------- */

static void
test_libreoffice (Fixture      *f,
                  gconstpointer data)
{
  const Variant v = { 0 };
  g_autoptr(GHashTable) rows = NULL;
  g_autofree char *path = path_in (f, "Sessie 2 - Zorgkracht.xlsx");
  g_autofree char *outdir = path_in (f, "lo");
  g_autofree char *resaved = NULL;
  g_autofree char *dump_original = NULL;
  g_autofree char *dump_fresh = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(TafelInlevering) original = NULL;
  g_autoptr(TafelInlevering) copy = NULL;
  Fixture *fresh;
  gint64 id, fresh_id;

  if (!have_python ())
    return;
  rows = make_return (f, &v, "Sessie 2 - Zorgkracht.xlsx");
  if (rows == NULL)
    return;
  g_assert_cmpint (g_mkdir (outdir, 0700), ==, 0);
  resaved = resave_with_libreoffice (f, path, outdir);
  if (resaved == NULL)
    return;
  g_assert_true (g_file_test (resaved, G_FILE_TEST_IS_REGULAR));

  id = import_ok (f, path, TAFEL_IMPORT_NEW);
  dump_original = dump_return (f, id);

  /* into a fresh database: the same values */
  fresh = fresh_new (f, "fresh.db");
  fresh_id = import_ok (fresh, resaved, TAFEL_IMPORT_NEW);
  check_return (fresh, fresh_id, rows, &v);
  dump_fresh = dump_return (fresh, fresh_id);
  g_assert_cmpstr (dump_fresh, ==, dump_original);
  copy = get_inlevering (fresh, fresh_id);
  original = get_inlevering (f, id);
  g_assert_cmpstr (tafel_inlevering_get_sha256 (copy), !=, tafel_inlevering_get_sha256 (original));
  g_assert_cmpstr (tafel_inlevering_get_inhoud (copy), ==, tafel_inlevering_get_inhoud (original));
  fresh_free (fresh);

  /* into the same database, as a second return: nothing to do */
  before = count_all (f);
  {
    g_autoptr(TafelUitvraagImport) import = read_ok (f, resaved);

    g_assert_cmpint (tafel_uitvraag_import_get_action (import), ==, TAFEL_IMPORT_UNCHANGED);
    g_assert_true (describe_has (import, "Nothing changes"));
  }
  g_assert_cmpint (import_ok (f, resaved, TAFEL_IMPORT_UNCHANGED), ==, 0);
  after = count_all (f);
  g_assert_cmpstr (after, ==, before);
  g_free (dump_fresh);
  dump_fresh = dump_return (f, id);
  g_assert_cmpstr (dump_fresh, ==, dump_original);
}

/* ---- 3. sorted and shortened ---------------------------------------------- */

static void
test_sorted (Fixture      *f,
             gconstpointer data)
{
  const Variant plain = { 0 };
  const Variant sorted = { .sorted = TRUE };
  const Variant dropped = { .sorted = TRUE, .dropped = TRUE };
  g_autoptr(GHashTable) rows_plain = NULL;
  g_autoptr(GHashTable) rows_sorted = NULL;
  g_autoptr(GHashTable) rows_dropped = NULL;
  g_autofree char *path_plain = path_in (f, "plain.xlsx");
  g_autofree char *path_sorted = path_in (f, "sorted.xlsx");
  g_autofree char *path_dropped = path_in (f, "dropped.xlsx");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(TafelInlevering) first = NULL;
  gint64 id_sorted, id_dropped;

  rows_plain = make_return (f, &plain, "plain.xlsx");
  if (rows_plain == NULL)
    return;
  rows_sorted = make_return (f, &sorted, "sorted.xlsx");
  rows_dropped = make_return (f, &dropped, "dropped.xlsx");
  /* the rows really moved */
  g_assert_cmpuint (row_of (rows_sorted, "s_dp0"), !=, row_of (rows_plain, "s_dp0"));
  g_assert_cmpuint (row_of (rows_sorted, "i_0l"), !=, row_of (rows_plain, "i_0l"));
  g_assert_cmpuint (row_of (rows_sorted, "s_alg"), <, row_of (rows_sorted, "s_dp0"));

  id_sorted = import_ok (f, path_sorted, TAFEL_IMPORT_NEW);
  check_return (f, id_sorted, rows_sorted, &sorted);

  /* the same answers in another order are the same return */
  before = count_all (f);
  import_ok (f, path_plain, TAFEL_IMPORT_UNCHANGED);
  after = count_all (f);
  g_assert_cmpstr (after, ==, before);

  /* two rows fewer: a new return with fewer items */
  id_dropped = import_ok (f, path_dropped, TAFEL_IMPORT_REPLACE);
  check_return (f, id_dropped, rows_dropped, &dropped);
  g_assert_cmpuint (count_items (f, id_sorted), ==, 0);
  first = get_inlevering (f, id_sorted);
  g_assert_cmpstr (tafel_inlevering_get_status (first), ==, "vervangen");
}

/* ---- 4. errors ------------------------------------------------------------ */

typedef struct {
  const char *sheet;
  guint       row;
  char       *message;   /* a substring of the full message */
} ExpectedFout;

static void
test_errors (Fixture      *f,
             gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *blank = export_for (f, 1, "export.xlsx");
  g_autofree char *path = path_in (f, "errors.xlsx");
  g_autofree char *long_text = g_strnfill (TAFEL_UITVRAAG_TEXT_MAX + 1, 'x');
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(Fill) fill = fill_new ();
  g_autoptr(GHashTable) rows = NULL;
  g_autoptr(TafelUitvraagImport) import = NULL;
  g_autoptr(TafelInlevering) in = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  const char *key0 = fill_printf (fill, "\"key\":\"dp:%" G_GINT64_FORMAT "\"", dp_id (f, 0));
  const char *key1 = fill_printf (fill, "\"key\":\"dp:%" G_GINT64_FORMAT "\"", dp_id (f, 1));
  const char *key2 = fill_printf (fill, "\"key\":\"dp:%" G_GINT64_FORMAT "\"", dp_id (f, 2));
  const char *key3 = fill_printf (fill, "\"key\":\"dp:%" G_GINT64_FORMAT "\"", dp_id (f, 3));
  const char *prof0 = js (fill, tafel_functieprofiel_get_name (profiel (f, 0)));
  ExpectedFout expected[16];
  guint n_expected = 0;
  gint64 id = 0;

  /* Aanbod: an unknown fit, an offering without title, a good one */
  fill_set (fill, "Aanbod", "A5", js (fill, "Gezinscoaching"));
  fill_set (fill, "Aanbod", "C5", js (fill, "Past wel"));
  fill_set (fill, "Aanbod", "B6", js (fill, "Een beschrijving zonder titel"));
  fill_set (fill, "Aanbod", "A7", js (fill, "Geldig aanbod"));
  fill_set (fill, "Aanbod", "C7", js (fill, "Does not fit"));
  /* Suggesties: a good one, and a free row about an unknown deelproduct */
  fill_add (fill, "key", "s_dp0", "Suggesties", key0, "B", js (fill, "Geldige suggestie"), NULL);
  fill_add (fill, "free", "s_bad", "Suggesties", NULL,
            "A", js (fill, "Bestaat niet"), "B", js (fill, "Over iets onbekends"), NULL);
  /* Intensiteit: too many hours, a negative duration, a good row, a good
   * row and a copy of it added below */
  fill_add (fill, "key", "i_0l", "Intensiteit en duur",
            fill_printf (fill, "\"key\":\"dp:%" G_GINT64_FORMAT ":licht\"", dp_id (f, 0)), "D", "200", NULL);
  fill_add (fill, "key", "i_0m", "Intensiteit en duur",
            fill_printf (fill, "\"key\":\"dp:%" G_GINT64_FORMAT ":middel\"", dp_id (f, 0)), "D", "2", "E", "-3", NULL);
  fill_add (fill, "key", "i_3l", "Intensiteit en duur",
            fill_printf (fill, "\"key\":\"dp:%" G_GINT64_FORMAT ":licht\"", dp_id (f, 3)), "D", "4", NULL);
  fill_add (fill, "key", "i_1l", "Intensiteit en duur",
            fill_printf (fill, "\"key\":\"dp:%" G_GINT64_FORMAT ":licht\"", dp_id (f, 1)), "D", "5", NULL);
  fill_add (fill, "append", "i_dup", "Intensiteit en duur", NULL,
            "A", js (fill, dp_name (f, 1)), "B", js (fill, "Light"), "D", "6", NULL);
  /* Functiemix: a share in words (dp 0), not 100 (dp 1), an unknown
   * function (dp 2), a good one (dp 3) */
  fill_add (fill, "key", "m_0a", "Functiemix", fill_printf (fill, "%s,\"nth\":0", key0),
            "B", prof0, "D", js (fill, "zestig"), NULL);
  fill_add (fill, "key", "m_0b", "Functiemix", fill_printf (fill, "%s,\"nth\":1", key0), "B", prof0, "D", "40", NULL);
  fill_add (fill, "key", "m_1a", "Functiemix", fill_printf (fill, "%s,\"nth\":0", key1), "B", prof0, "D", "50", NULL);
  fill_add (fill, "key", "m_2a", "Functiemix", fill_printf (fill, "%s,\"nth\":0", key2),
            "B", js (fill, "Toverdokter"), "D", "100", NULL);
  fill_add (fill, "key", "m_3a", "Functiemix", fill_printf (fill, "%s,\"nth\":0", key3), "B", prof0, "D", "100", NULL);
  /* Advies: too long, and a good one */
  fill_set (fill, "Advies", "B5", js (fill, long_text));
  fill_set (fill, "Advies", "B6", js (fill, "Wachttijden"));
  /* no Groepen at all */
  fill_add (fill, "remove", NULL, "Groepen", NULL, NULL);

  rows = fill_run (f, fill, blank, path);
  if (rows == NULL)
    return;

#define EXPECT(s, r, ...) \
  (expected[n_expected].sheet = (s), expected[n_expected].row = (r), \
   expected[n_expected].message = g_strdup_printf (__VA_ARGS__), n_expected++)
  EXPECT ("Aanbod", 5, "Aanbod, row 5: “Past wel” is not one of the choices (");
  EXPECT ("Aanbod", 6, "Aanbod, row 6: give a title for this offering.");
  EXPECT ("Suggesties", row_of (rows, "s_bad"), "Suggesties, row %u: “Bestaat niet” is not a deelproduct of this traject.",
          row_of (rows, "s_bad"));
  EXPECT ("Intensiteit en duur", row_of (rows, "i_0l"),
          "Intensiteit en duur, row %u: hours per week 200 is not possible; give a number from 0 to 168.",
          row_of (rows, "i_0l"));
  EXPECT ("Intensiteit en duur", row_of (rows, "i_0m"),
          "Intensiteit en duur, row %u: duration -3 is not possible; give a number from 0 to 520.",
          row_of (rows, "i_0m"));
  EXPECT ("Intensiteit en duur", row_of (rows, "i_dup"),
          "Intensiteit en duur, row %u: %s, level Light appears in an earlier row too; only the first counts.",
          row_of (rows, "i_dup"), dp_name (f, 1));
  EXPECT ("Functiemix", row_of (rows, "m_0a"), "Functiemix, row %u: share “zestig” is not a number.",
          row_of (rows, "m_0a"));
  EXPECT ("Functiemix", row_of (rows, "m_2a"),
          "Functiemix, row %u: “Toverdokter” is not a function profile of this traject.", row_of (rows, "m_2a"));
  EXPECT ("Functiemix", 0, "Functiemix, %s: the function mix is not read because of the errors above.", dp_name (f, 0));
  EXPECT ("Functiemix", 0, "Functiemix, %s: the function mix is not read because of the errors above.", dp_name (f, 2));
  EXPECT ("Functiemix", row_of (rows, "m_1a"), "Functiemix, rows %u–%u (%s): the shares of direct time add up to 50%%",
          row_of (rows, "m_1a"), row_of (rows, "m_1a"), dp_name (f, 1));
  EXPECT ("Groepen", 0, "The sheet “Groepen” is missing, so nothing of it was read.");
  EXPECT ("Advies", 5, "Advies, row 5: the text in column B is longer than 2000 characters.");
#undef EXPECT

  import = read_ok (f, path);
  g_assert_cmpuint (tafel_uitvraag_import_get_n_errors (import), ==, n_expected);
  for (guint e = 0; e < n_expected; e++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < tafel_uitvraag_import_get_n_errors (import) && !found; i++)
        {
          const TafelImportFout *fout = tafel_uitvraag_import_get_error (import, i);

          found = g_str_equal (fout->sheet, expected[e].sheet) && fout->row == expected[e].row &&
                  strstr (fout->message, expected[e].message) != NULL;
        }
      if (!found)
        g_test_message ("expected error not found: %s, %u: %s", expected[e].sheet, expected[e].row,
                        expected[e].message);
      g_assert_true (found);
    }
  /* the column of a cell error */
  for (guint i = 0; i < tafel_uitvraag_import_get_n_errors (import); i++)
    {
      const TafelImportFout *fout = tafel_uitvraag_import_get_error (import, i);

      if (strstr (fout->message, "zestig") != NULL)
        g_assert_cmpuint (fout->col, ==, TAFEL_UITVRAAG_MIX_AANDEEL + 1);
      if (strstr (fout->message, "Past wel") != NULL)
        g_assert_cmpuint (fout->col, ==, TAFEL_UITVRAAG_AANBOD_PAST + 1);
    }

  /* the other sheets were still read */
  g_assert_cmpuint (tafel_uitvraag_import_get_n_aanbod (import), ==, 1);
  g_assert_cmpuint (tafel_uitvraag_import_get_n_geeltjes (import), ==, 1);
  g_assert_cmpuint (tafel_uitvraag_import_get_n_intensiteit (import), ==, 2);
  g_assert_cmpuint (tafel_uitvraag_import_get_n_mix (import), ==, 1);
  g_assert_cmpuint (tafel_uitvraag_import_get_n_groepen (import), ==, 0);
  g_assert_true (describe_has (import, "13 errors: those rows are left out"));

  /* not without accepting the errors */
  before = count_all (f);
  g_assert_false (tafel_uitvraag_import_apply (import, FALSE, &id, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "errors.xlsx"));
  g_assert_nonnull (strstr (error->message, "13 errors"));
  g_clear_error (&error);
  g_assert_cmpint (id, ==, 0);
  after = count_all (f);
  g_assert_cmpstr (after, ==, before);

  /* with them: the valid rows only */
  g_assert_true (tafel_uitvraag_import_apply (import, TRUE, &id, &error));
  g_assert_no_error (error);
  in = get_inlevering (f, id);
  g_assert_cmpint (tafel_inlevering_get_organisatie_id (in), ==, f->org[1]);
  g_assert_cmpint (tafel_inlevering_get_n_fouten (in), ==, n_expected);
  g_assert_cmpint (tafel_inlevering_get_n_items (in), ==, 5);
  g_assert_cmpuint (count_items (f, id), ==, 5);
  for (guint e = 0; e < n_expected; e++)
    g_assert_nonnull (strstr (tafel_inlevering_get_fouten (in), expected[e].message));
  g_assert_cmpstr (nz (tafel_inlevering_get_advies (in)), ==, "");
  g_assert_cmpstr (tafel_inlevering_get_onderwerpen (in), ==, "Wachttijden");

  stored = items_of (f, TAFEL_TYPE_AANBOD, id);
  g_assert_cmpuint (stored->len, ==, 1);
  g_assert_cmpstr (get_str (stored->pdata[0], "title"), ==, "Geldig aanbod");
  g_assert_cmpstr (get_str (stored->pdata[0], "fit"), ==, "past_niet");
  g_clear_pointer (&stored, g_ptr_array_unref);
  stored = items_of (f, TAFEL_TYPE_GEELTJE, id);
  g_assert_cmpuint (stored->len, ==, 1);
  g_assert_cmpstr (get_str (stored->pdata[0], "text"), ==, "Geldige suggestie");
  g_clear_pointer (&stored, g_ptr_array_unref);
  stored = items_of (f, TAFEL_TYPE_INTENSITEIT, id);
  g_assert_cmpuint (stored->len, ==, 2);
  {
    g_autofree char *h3 = herkomst ("Intensiteit en duur", row_of (rows, "i_3l"));
    g_autofree char *h1 = herkomst ("Intensiteit en duur", row_of (rows, "i_1l"));

    g_assert_cmpint (get_int (find_by (stored, "herkomst", h3), "uren"), ==, 400);
    g_assert_cmpint (get_int (find_by (stored, "herkomst", h1), "uren"), ==, 500);   /* the first, not the copy */
  }
  g_clear_pointer (&stored, g_ptr_array_unref);
  stored = items_of (f, TAFEL_TYPE_MIXREGEL, id);
  g_assert_cmpuint (stored->len, ==, 1);
  g_assert_cmpint (get_int (stored->pdata[0], "deelproduct_id"), ==, dp_id (f, 3));
  g_assert_cmpint (get_int (stored->pdata[0], "aandeel"), ==, 10000);

  for (guint e = 0; e < n_expected; e++)
    g_free (expected[e].message);
}

/* ---- 5. whole files refused, and blank workbooks -------------------------- */

static void
test_refused (Fixture      *f,
              gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = export_for (f, 0, "export.xlsx");
  g_autofree char *plain = path_in (f, "plain.xlsx");
  g_autofree char *newer = path_in (f, "newer.xlsx");
  g_autofree char *bad_version = path_in (f, "bad-version.xlsx");
  g_autofree char *not_zip = path_in (f, "not-a-zip.xlsx");
  g_autofree char *empty = path_in (f, "empty.xlsx");
  g_autofree char *other = path_in (f, "other.xlsx");
  g_autofree char *gone = path_in (f, "gone.xlsx");
  g_autofree char *before = NULL;

  if (!have_python ())
    return;

  /* a workbook without _meta */
  {
    g_autoptr(Fill) fill = fill_new ();
    g_autoptr(GHashTable) rows = NULL;

    fill_set (fill, "Sheet", "A1", js (fill, "Aanbod"));
    rows = fill_run (f, fill, NULL, plain);
    if (rows == NULL)
      return;
    read_refused (f, plain, "is not an uitvraag workbook of Ontwikkeltafel");
  }
  /* a version this app does not know, and no version */
  {
    g_autoptr(Fill) fill = fill_new ();
    g_autoptr(GHashTable) rows = NULL;

    fill_add (fill, "meta", NULL, NULL, fill_printf (fill, "\"key\":\"%s\",\"value\":\"%d\"",
                                                    TAFEL_UITVRAAG_META_VERSION, TAFEL_UITVRAAG_VERSION + 1), NULL);
    rows = fill_run (f, fill, exported, newer);
    read_refused (f, newer, "was made by a newer version of Ontwikkeltafel (workbook version 2)");
  }
  {
    g_autoptr(Fill) fill = fill_new ();
    g_autoptr(GHashTable) rows = NULL;

    fill_add (fill, "meta", NULL, NULL, fill_printf (fill, "\"key\":\"%s\",\"value\":\"een\"",
                                                    TAFEL_UITVRAAG_META_VERSION), NULL);
    rows = fill_run (f, fill, exported, bad_version);
    read_refused (f, bad_version, "is not an uitvraag workbook");
  }
  /* not a zip, and nothing at all */
  g_assert_true (g_file_set_contents (not_zip, "Naam;Uren\nZorgkracht;2,5\n", -1, NULL));
  read_refused (f, not_zip, NULL);
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  read_refused (f, empty, NULL);
  /* a workbook of another traject */
  {
    g_autoptr(TafelTraject) traject = tafel_test_create_traject (f->store, "segment-veel-voorkomend", "Ander traject");
    gint64 traject_id = tafel_entity_get_id (TAFEL_ENTITY (traject));
    g_autoptr(TafelSessie) sessie = tafel_traject_add_sessie (f->store, traject_id, &error);
    g_autoptr(TafelOrganisatie) org = NULL;

    g_assert_no_error (error);
    org = tafel_traject_ensure_organisatie (f->store, traject_id, "Zorgkracht", NULL, &error);
    g_assert_no_error (error);
    g_assert_true (tafel_uitvraag_export (f->store, traject_id, tafel_entity_get_id (TAFEL_ENTITY (sessie)),
                                          tafel_entity_get_id (TAFEL_ENTITY (org)), other, &error));
    g_assert_no_error (error);
    read_refused (f, other, "belongs to the traject “Ander traject”, not to “Inkoop J&O 2027”");
  }
  /* a workbook for a session that was deleted since */
  {
    g_autoptr(TafelSessie) sessie = tafel_traject_add_sessie (f->store, f->traject_id, &error);

    g_assert_no_error (error);
    set_string (f->store, sessie, "name", "Sessie 3");
    g_assert_true (tafel_uitvraag_export (f->store, f->traject_id, tafel_entity_get_id (TAFEL_ENTITY (sessie)),
                                          f->org[0], gone, &error));
    g_assert_no_error (error);
    g_assert_true (tafel_store_delete (f->store, sessie, &error));
    g_assert_no_error (error);
    read_refused (f, gone, "is for the session “Sessie 3”, which is no longer in this traject");
  }
  /* and a workbook for an organisation that was deleted since */
  {
    g_autofree char *for_org = export_for (f, 2, "deleted-org.xlsx");
    g_autoptr(TafelOrganisatie) org = tafel_store_get (f->store, TAFEL_TYPE_ORGANISATIE, f->org[2], &error);

    g_assert_no_error (error);
    g_assert_true (tafel_store_delete (f->store, org, &error));
    g_assert_no_error (error);
    read_refused (f, for_org, "was made for the organisation “De Brug”, which is no longer in this traject");
  }

  /* none of that stored anything */
  before = count_all (f);
  g_assert_cmpstr (before, ==, "geeltje=0 aanbod=0 intensiteit=0 mixregel=0 groepsparameters=0 inlevering=0 organisatie=2");
}

/* A blank workbook in which the provider wrote @name (NULL: nothing). */
static char *
make_blank_return (Fixture    *f,
                   const char *name,
                   const char *file)
{
  g_autofree char *blank = export_for (f, -1, "blank.xlsx");
  char *path = path_in (f, file);
  g_autoptr(Fill) fill = fill_new ();
  g_autoptr(GHashTable) rows = NULL;
  const char *key0 = fill_printf (fill, "\"key\":\"dp:%" G_GINT64_FORMAT "\"", dp_id (f, 0));

  if (name != NULL)
    fill_set (fill, "Instructie", "B4", js (fill, name));
  fill_add (fill, "key", "s_dp0", "Suggesties", key0, "B", js (fill, "Uit een leeg werkboek"), NULL);
  rows = fill_run (f, fill, blank, path);
  if (rows == NULL)
    g_clear_pointer (&path, g_free);
  return path;
}

static void
test_blank (Fixture      *f,
            gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *known = make_blank_return (f, "  horizon JEUGD ", "known.xlsx");
  g_autofree char *unknown = NULL;
  g_autofree char *nameless = NULL;
  g_autoptr(GPtrArray) organisaties = NULL;
  g_autoptr(GPtrArray) geeltjes = NULL;
  g_autoptr(TafelInlevering) in = NULL;
  gint64 id = 0;

  if (known == NULL)
    return;
  unknown = make_blank_return (f, "Nieuwe Aanbieder BV", "unknown.xlsx");
  nameless = make_blank_return (f, NULL, "nameless.xlsx");

  /* no name: refused, naming the cell */
  read_refused (f, nameless, "does not say which organisation filled it in: the name in sheet Instructie, cell B4");

  /* a known name, in other case and with spaces */
  {
    g_autoptr(TafelUitvraagImport) import = read_ok (f, known);

    g_assert_cmpint (tafel_uitvraag_import_get_organisatie_id (import), ==, f->org[1]);
    g_assert_cmpstr (tafel_uitvraag_import_get_organisatie_name (import), ==, "Horizon Jeugd");
    g_assert_cmpint (tafel_uitvraag_import_get_action (import), ==, TAFEL_IMPORT_NEW);
    g_assert_false (describe_has (import, "is new and will be added"));
    g_assert_true (tafel_uitvraag_import_apply (import, FALSE, &id, &error));
    g_assert_no_error (error);
  }
  in = get_inlevering (f, id);
  g_assert_cmpint (tafel_inlevering_get_organisatie_id (in), ==, f->org[1]);
  g_assert_cmpint (tafel_inlevering_get_uitvraag_id (in), ==, 0);   /* a blank workbook is not recorded */
  geeltjes = items_of (f, TAFEL_TYPE_GEELTJE, id);
  g_assert_cmpuint (geeltjes->len, ==, 1);
  g_assert_cmpint (get_int (geeltjes->pdata[0], "organisatie_id"), ==, f->org[1]);
  organisaties = list_all (f, TAFEL_TYPE_ORGANISATIE);
  g_assert_cmpuint (organisaties->len, ==, N_ORGS);
  g_clear_pointer (&organisaties, g_ptr_array_unref);
  g_clear_pointer (&geeltjes, g_ptr_array_unref);
  g_clear_object (&in);

  /* an unknown name: previewed as new, created on apply */
  {
    g_autoptr(TafelUitvraagImport) import = read_ok (f, unknown);

    g_assert_cmpint (tafel_uitvraag_import_get_organisatie_id (import), ==, 0);
    g_assert_cmpstr (tafel_uitvraag_import_get_organisatie_name (import), ==, "Nieuwe Aanbieder BV");
    g_assert_cmpint (tafel_uitvraag_import_get_action (import), ==, TAFEL_IMPORT_NEW);
    g_assert_true (describe_has (import, "The organisation “Nieuwe Aanbieder BV” is new and will be added."));
    organisaties = list_all (f, TAFEL_TYPE_ORGANISATIE);
    g_assert_cmpuint (organisaties->len, ==, N_ORGS);   /* not yet */
    g_clear_pointer (&organisaties, g_ptr_array_unref);
    g_assert_true (tafel_uitvraag_import_apply (import, FALSE, &id, &error));
    g_assert_no_error (error);
  }
  organisaties = list_all (f, TAFEL_TYPE_ORGANISATIE);
  g_assert_cmpuint (organisaties->len, ==, N_ORGS + 1);
  {
    TafelOrganisatie *created = find_by (organisaties, "name", "Nieuwe Aanbieder BV");
    gint64 created_id = tafel_entity_get_id (TAFEL_ENTITY (created));

    in = get_inlevering (f, id);
    g_assert_cmpint (tafel_inlevering_get_organisatie_id (in), ==, created_id);
    geeltjes = items_of (f, TAFEL_TYPE_GEELTJE, id);
    g_assert_cmpuint (geeltjes->len, ==, 1);
    g_assert_cmpint (get_int (geeltjes->pdata[0], "organisatie_id"), ==, created_id);
    g_assert_cmpstr (get_str (geeltjes->pdata[0], "text"), ==, "Uit een leeg werkboek");
  }

  /* the same file again: now the organisation is known, nothing changes */
  import_ok (f, unknown, TAFEL_IMPORT_UNCHANGED);
}

/* ---- 6. twice, and replaced ----------------------------------------------- */

typedef struct {
  GHashTable *rows1;
  GHashTable *rows2;
  char       *path1;
  char       *path2;
  gint64      id1;
  gint64      id2;
  gint64      room_id;        /* the proposal entered in the room */
  gint64      eis_id;
  gint64      processed_id;   /* the geeltje of return 1 processed into eis_id */
  gint64      rejected_id;    /* the geeltje of return 1 marked "niet verwerkt", changed in return 2 */
} Two;

static void
two_clear (Two *t)
{
  g_clear_pointer (&t->rows1, g_hash_table_unref);
  g_clear_pointer (&t->rows2, g_hash_table_unref);
  g_clear_pointer (&t->path1, g_free);
  g_clear_pointer (&t->path2, g_free);
}

static TafelIntensiteit *
live_intensiteit (Fixture    *f,
                  guint       deelproduct,
                  const char *niveau,
                  guint      *n_live)
{
  g_autoptr(GPtrArray) all = list_all (f, TAFEL_TYPE_INTENSITEIT);
  TafelIntensiteit *found = NULL;

  *n_live = 0;
  for (guint i = 0; i < all->len; i++)
    if (get_int (all->pdata[i], "organisatie_id") == f->org[0] &&
        get_int (all->pdata[i], "sessie_id") == f->sessie_id &&
        get_int (all->pdata[i], "deelproduct_id") == dp_id (f, deelproduct) &&
        g_str_equal (get_str (all->pdata[i], "niveau"), niveau))
      {
        (*n_live)++;
        g_clear_object (&found);
        found = g_object_ref (all->pdata[i]);
      }
  return found;
}

/* A room proposal for dp 0 light, return 1 (which replaces it), two of
 * its geeltjes processed, then return 2 with one text and one number
 * changed. Returns FALSE when openpyxl is missing. */
static gboolean
import_two_returns (Fixture *f,
                    Two     *t)
{
  const Variant first = { 0 };
  const Variant second = { .changed = TRUE };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) geeltjes = NULL;
  g_autoptr(TafelIntensiteit) room = NULL;
  g_autoptr(TafelEis) eis = NULL;
  guint n_live;

  t->rows1 = make_return (f, &first, "return-1.xlsx");
  if (t->rows1 == NULL)
    return FALSE;
  t->rows2 = make_return (f, &second, "return-2.xlsx");
  t->path1 = path_in (f, "return-1.xlsx");
  t->path2 = path_in (f, "return-2.xlsx");

  /* entered in the room before the return came in */
  g_assert_true (tafel_intensiteit_put (f->store, dp (f, 0), f->org[0], f->sessie_id, "licht", 500, 800, &error));
  g_assert_no_error (error);
  room = live_intensiteit (f, 0, "licht", &n_live);
  g_assert_cmpuint (n_live, ==, 1);
  g_assert_cmpint (get_int (room, "inlevering_id"), ==, 0);
  t->room_id = tafel_entity_get_id (TAFEL_ENTITY (room));

  t->id1 = import_ok (f, t->path1, TAFEL_IMPORT_NEW);
  check_return (f, t->id1, t->rows1, &first);

  /* processing */
  eis = tafel_eis_new (f->traject_id);
  g_object_set (eis, "hoofdstuk", "deelproduct", "aspect", "doelgroepen", "tekst", "Kort en helder beschreven.",
                "deelproduct-id", dp_id (f, 0), NULL);
  g_assert_true (tafel_store_insert (f->store, eis, &error));
  g_assert_no_error (error);
  t->eis_id = tafel_entity_get_id (TAFEL_ENTITY (eis));
  geeltjes = items_of (f, TAFEL_TYPE_GEELTJE, t->id1);
  {
    TafelGeeltje *processed = find_by (geeltjes, "text", "Korter formuleren");
    TafelGeeltje *rejected = find_by (geeltjes, "text", "Samen met school");

    g_assert_true (tafel_geeltje_verwerk (f->store, processed, "verwerkt", &t->eis_id, 1, NULL, &error));
    g_assert_no_error (error);
    g_assert_true (tafel_geeltje_verwerk (f->store, rejected, "niet_verwerkt", NULL, 0, "Valt buiten het perceel",
                                          &error));
    g_assert_no_error (error);
    t->processed_id = tafel_entity_get_id (TAFEL_ENTITY (processed));
    t->rejected_id = tafel_entity_get_id (TAFEL_ENTITY (rejected));
  }

  t->id2 = import_ok (f, t->path2, TAFEL_IMPORT_REPLACE);
  check_return (f, t->id2, t->rows2, &second);
  return TRUE;
}

static void
assert_status (Fixture    *f,
               gint64      id,
               const char *status)
{
  g_autoptr(TafelInlevering) in = get_inlevering (f, id);

  g_assert_cmpstr (tafel_inlevering_get_status (in), ==, status);
}

static void
assert_eis_ids (Fixture      *f,
                TafelGeeltje *geeltje,
                gint64        eis_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = tafel_geeltje_dup_eis_ids (f->store, geeltje, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, eis_id != 0 ? 1 : 0);
  if (eis_id != 0)
    g_assert_cmpint (g_array_index (ids, gint64, 0), ==, eis_id);
}

/* The requirement @eis_id lists the live geeltje @geeltje_id only (0: none). */
static void
assert_eis_geeltjes (Fixture *f,
                     gint64   eis_id,
                     gint64   geeltje_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelEis) eis = tafel_store_get (f->store, TAFEL_TYPE_EIS, eis_id, &error);
  g_autoptr(GArray) ids = NULL;

  g_assert_no_error (error);
  ids = tafel_eis_dup_geeltje_ids (f->store, eis, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, geeltje_id != 0 ? 1 : 0);
  if (geeltje_id != 0)
    g_assert_cmpint (g_array_index (ids, gint64, 0), ==, geeltje_id);
}

static void
test_twice (Fixture      *f,
            gconstpointer data)
{
  const Variant v = { 0 };
  g_autoptr(GHashTable) rows = make_return (f, &v, "return.xlsx");
  g_autofree char *path = path_in (f, "return.xlsx");
  g_autofree char *dump = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 id;

  if (rows == NULL)
    return;
  id = import_ok (f, path, TAFEL_IMPORT_NEW);
  dump = dump_return (f, id);
  before = count_all (f);
  {
    g_autoptr(TafelUitvraagImport) import = read_ok (f, path);

    g_assert_cmpint (tafel_uitvraag_import_get_action (import), ==, TAFEL_IMPORT_UNCHANGED);
    g_assert_true (describe_has (import, "Nothing changes: this return was imported on"));
    g_assert_true (describe_has (import, "return.xlsx"));
  }
  import_ok (f, path, TAFEL_IMPORT_UNCHANGED);
  after = count_all (f);
  g_assert_cmpstr (after, ==, before);
  g_free (before);
  before = dump_return (f, id);
  g_assert_cmpstr (before, ==, dump);
}

static void
test_replace (Fixture      *f,
              gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) geeltjes = NULL;
  g_autoptr(TafelInlevering) second = NULL;
  g_autoptr(TafelIntensiteit) live = NULL;
  g_autoptr(TafelIntensiteit) room = NULL;
  Two t = { 0 };
  guint n_live;

  if (!import_two_returns (f, &t))
    return;

  /* the first return's items are gone, it stays in the history */
  g_assert_cmpuint (count_items (f, t.id1), ==, 0);
  assert_status (f, t.id1, "vervangen");
  second = get_inlevering (f, t.id2);
  g_assert_cmpstr (tafel_inlevering_get_status (second), ==, "actief");
  g_assert_cmpint (tafel_inlevering_get_vervangt_id (second), ==, t.id1);

  /* processing carried over to the unchanged geeltje, not to the changed one */
  geeltjes = items_of (f, TAFEL_TYPE_GEELTJE, t.id2);
  {
    TafelGeeltje *same = find_by (geeltjes, "text", "Korter formuleren");
    TafelGeeltje *changed = find_by (geeltjes, "text", "Samen met school en wijkteam");

    g_assert_cmpstr (tafel_geeltje_get_status (same), ==, "verwerkt");
    assert_eis_ids (f, same, t.eis_id);
    assert_eis_geeltjes (f, t.eis_id, tafel_entity_get_id (TAFEL_ENTITY (same)));
    g_assert_cmpstr (tafel_geeltje_get_status (changed), ==, "open");
    assert_eis_ids (f, changed, 0);
    for (guint i = 0; i < geeltjes->len; i++)
      if (geeltjes->pdata[i] != same)
        g_assert_cmpstr (tafel_geeltje_get_status (geeltjes->pdata[i]), ==, "open");
  }

  /* one live proposal for dp 0 light: the second return's; the room's is deleted */
  live = live_intensiteit (f, 0, "licht", &n_live);
  g_assert_cmpuint (n_live, ==, 1);
  g_assert_cmpint (get_int (live, "inlevering_id"), ==, t.id2);
  g_assert_cmpint (get_int (live, "uren"), ==, 300);
  room = tafel_store_get_deleted (f->store, TAFEL_TYPE_INTENSITEIT, t.room_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (room);

  two_clear (&t);
}

/* Several files read first (as a preview of a folder does), stored after:
 * each is stored as what it is when it is stored, not as what it was
 * when it was read. */
static void
test_stale_preview (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) rows1 = make_return (f, &(Variant) { 0 }, "return-1.xlsx");
  g_autoptr(GHashTable) rows2 = NULL;
  g_autofree char *path1 = path_in (f, "return-1.xlsx");
  g_autofree char *path2 = path_in (f, "return-2.xlsx");
  g_autoptr(TafelUitvraagImport) first = NULL;
  g_autoptr(TafelUitvraagImport) same = NULL;
  g_autoptr(TafelUitvraagImport) second = NULL;
  g_autoptr(GPtrArray) inleveringen = NULL;
  gint64 id1 = 0, id_same = 0, id2 = 0;
  guint n_active = 0;

  if (rows1 == NULL)
    return;
  rows2 = make_return (f, &(Variant) { .changed = TRUE }, "return-2.xlsx");

  first = read_ok (f, path1);
  same = read_ok (f, path1);
  second = read_ok (f, path2);
  g_assert_cmpint (tafel_uitvraag_import_get_action (first), ==, TAFEL_IMPORT_NEW);
  g_assert_cmpint (tafel_uitvraag_import_get_action (same), ==, TAFEL_IMPORT_NEW);
  g_assert_cmpint (tafel_uitvraag_import_get_action (second), ==, TAFEL_IMPORT_NEW);

  g_assert_true (tafel_uitvraag_import_apply (first, FALSE, &id1, &error));
  g_assert_no_error (error);
  g_assert_true (tafel_uitvraag_import_apply (same, FALSE, &id_same, &error));
  g_assert_no_error (error);
  g_assert_true (tafel_uitvraag_import_apply (second, FALSE, &id2, &error));
  g_assert_no_error (error);

  inleveringen = list_all (f, TAFEL_TYPE_INLEVERING);
  for (guint i = 0; i < inleveringen->len; i++)
    if (g_str_equal (tafel_inlevering_get_status (inleveringen->pdata[i]), "actief"))
      n_active++;
  /* apply decides again: the same file is unchanged, the second replaces the first */
  g_assert_cmpint (id_same, ==, 0);
  g_assert_cmpuint (n_active, ==, 1);
  g_assert_cmpuint (count_items (f, id1), ==, 0);
  assert_status (f, id1, "vervangen");
  check_return (f, id2, rows2, &(Variant) { .changed = TRUE });
}

/* ---- 7. undo -------------------------------------------------------------- */

static void
test_undo (Fixture      *f,
           gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelGeeltje) processed = NULL;
  g_autoptr(TafelIntensiteit) live = NULL;
  Two t = { 0 };
  guint n_live;

  if (!import_two_returns (f, &t))
    return;

  /* the replaced one cannot be undone first */
  g_assert_false (tafel_uitvraag_import_undo (f->store, t.id1, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "return-1.xlsx"));
  g_assert_nonnull (strstr (error->message, "a newer return replaced it. Undo that one first."));
  g_clear_error (&error);
  g_assert_cmpuint (count_items (f, t.id2), ==, 16);

  /* close and reopen, purging what was deleted, as the app does at start-up */
  fixture_clear (f);
  f->store = tafel_test_open_store (f->dir, "store.db");
  f->deelproducten = tafel_store_list (f->store, TAFEL_TYPE_DEELPRODUCT, f->traject_id, &error);
  g_assert_no_error (error);
  f->profielen = tafel_store_list (f->store, TAFEL_TYPE_FUNCTIEPROFIEL, f->traject_id, &error);
  g_assert_no_error (error);
  g_assert_true (tafel_store_purge_deleted (f->store, &error));
  g_assert_no_error (error);

  /* undo the second: the first is back, whole, with its processing */
  g_assert_true (tafel_uitvraag_import_undo (f->store, t.id2, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_items (f, t.id2), ==, 0);
  assert_status (f, t.id2, "ongedaan");
  assert_status (f, t.id1, "actief");
  check_return (f, t.id1, t.rows1, &(Variant) { 0 });
  processed = tafel_store_get (f->store, TAFEL_TYPE_GEELTJE, t.processed_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tafel_geeltje_get_status (processed), ==, "verwerkt");
  assert_eis_ids (f, processed, t.eis_id);
  assert_eis_geeltjes (f, t.eis_id, t.processed_id);
  {
    g_autoptr(TafelGeeltje) rejected = tafel_store_get (f->store, TAFEL_TYPE_GEELTJE, t.rejected_id, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (tafel_geeltje_get_status (rejected), ==, "niet_verwerkt");
    g_assert_cmpstr (tafel_geeltje_get_reason (rejected), ==, "Valt buiten het perceel");
  }
  live = live_intensiteit (f, 0, "licht", &n_live);
  g_assert_cmpuint (n_live, ==, 1);
  g_assert_cmpint (get_int (live, "inlevering_id"), ==, t.id1);
  g_clear_object (&live);

  /* undone twice: refused */
  g_assert_false (tafel_uitvraag_import_undo (f->store, t.id2, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "was undone already"));
  g_clear_error (&error);

  /* undo the first: nothing of either left, the room's proposal is back */
  g_assert_true (tafel_uitvraag_import_undo (f->store, t.id1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_items (f, t.id1), ==, 0);
  g_assert_cmpuint (count_items (f, t.id2), ==, 0);
  assert_status (f, t.id1, "ongedaan");
  assert_status (f, t.id2, "ongedaan");
  assert_eis_geeltjes (f, t.eis_id, 0);
  live = live_intensiteit (f, 0, "licht", &n_live);
  g_assert_cmpuint (n_live, ==, 1);
  g_assert_cmpint (tafel_entity_get_id (TAFEL_ENTITY (live)), ==, t.room_id);
  g_assert_cmpint (get_int (live, "inlevering_id"), ==, 0);
  g_assert_cmpint (get_int (live, "uren"), ==, 500);
  g_assert_cmpint (get_int (live, "duur"), ==, 800);
  {
    g_autofree char *counts = count_all (f);

    g_assert_cmpstr (counts, ==,
                     "geeltje=0 aanbod=0 intensiteit=1 mixregel=0 groepsparameters=0 inlevering=2 organisatie=3"
                     " ongedaan ongedaan");
  }

  /* and the first file can be imported again, as new */
  import_ok (f, t.path1, TAFEL_IMPORT_NEW);

  two_clear (&t);
}

/* The live proposal rows of organisation 0 in the session for @deelproduct. */
static GPtrArray *
live_proposals (Fixture *f,
                GType    type,
                guint    deelproduct)
{
  g_autoptr(GPtrArray) all = list_all (f, type);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < all->len; i++)
    if (get_int (all->pdata[i], "organisatie_id") == f->org[0] &&
        get_int (all->pdata[i], "sessie_id") == f->sessie_id &&
        get_int (all->pdata[i], "deelproduct_id") == dp_id (f, deelproduct))
      g_ptr_array_add (rows, g_object_ref (all->pdata[i]));
  return rows;
}

static gint64
sum_aandeel (GPtrArray  *mix,
             const char *tijdsoort)
{
  gint64 sum = 0;

  for (guint i = 0; i < mix->len; i++)
    if (g_str_equal (get_str (mix->pdata[i], "tijdsoort"), tijdsoort))
      sum += get_int (mix->pdata[i], "aandeel");
  return sum;
}

/* The room had a mix and group parameters for dp 0 and dp 3, the return
 * replaced them, then the room changed them again; undoing the return
 * must leave one consistent proposal per key: never two mixes that add
 * up to 200%, never two rows of group parameters. */
static void
test_undo_after_room_edit (Fixture      *f,
                           gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) rows = make_return (f, &(Variant) { 0 }, "return.xlsx");
  g_autofree char *path = path_in (f, "return.xlsx");
  gint64 prof0 = tafel_entity_get_id (TAFEL_ENTITY (profiel (f, 0)));
  gint64 prof1 = tafel_entity_get_id (TAFEL_ENTITY (profiel (f, 1)));
  const TafelMixInvoer before[] = { { prof0, NULL, 10000, "direct" } };
  const TafelMixInvoer after[] = { { prof0, NULL, 7000, "direct" }, { prof1, "mbo", 3000, "direct" } };
  const gint64 groep_before[TAFEL_N_GROEP] = { 600, 8000, 200, 100, 100, 50 };
  const gint64 groep_after[TAFEL_N_GROEP] = { 700, 8500, 200, 100, 100, 50 };
  g_autoptr(GPtrArray) mix = NULL;
  g_autoptr(GPtrArray) groep = NULL;
  gint64 id;

  if (rows == NULL)
    return;
  g_assert_true (tafel_mix_replace (f->store, dp (f, 0), f->org[0], f->sessie_id, before, 1, &error));
  g_assert_no_error (error);
  g_assert_true (tafel_groep_put (f->store, dp (f, 3), f->org[0], f->sessie_id, groep_before, &error));
  g_assert_no_error (error);

  id = import_ok (f, path, TAFEL_IMPORT_NEW);
  mix = live_proposals (f, TAFEL_TYPE_MIXREGEL, 0);
  g_assert_cmpuint (mix->len, ==, 3);   /* the return's 60/40 + 100 indirect */
  g_assert_cmpint (sum_aandeel (mix, "direct"), ==, 10000);
  g_clear_pointer (&mix, g_ptr_array_unref);

  /* changed in the room after the import */
  g_assert_true (tafel_mix_replace (f->store, dp (f, 0), f->org[0], f->sessie_id, after, 2, &error));
  g_assert_no_error (error);
  g_assert_true (tafel_groep_put (f->store, dp (f, 3), f->org[0], f->sessie_id, groep_after, &error));
  g_assert_no_error (error);

  g_assert_true (tafel_uitvraag_import_undo (f->store, id, &error));
  g_assert_no_error (error);

  mix = live_proposals (f, TAFEL_TYPE_MIXREGEL, 0);
  groep = live_proposals (f, TAFEL_TYPE_GROEPSPARAMETERS, 3);
  /* what the room entered after the import stays; nothing older comes back beside it */
  g_assert_cmpint (sum_aandeel (mix, "direct"), ==, 10000);
  g_assert_cmpuint (mix->len, ==, 2);
  g_assert_cmpuint (groep->len, ==, 1);
  g_assert_cmpint (tafel_entity_get_int (groep->pdata[0], "jeugdigen_per_groep"), ==, groep_after[0]);
}

/* ---- 8. status per session ------------------------------------------------ */

static TafelUitvraagRegel *
regel_for (GPtrArray *list,
           gint64     organisatie_id)
{
  for (guint i = 0; i < list->len; i++)
    {
      TafelUitvraagRegel *regel = list->pdata[i];

      if (regel->organisatie_id == organisatie_id)
        return regel;
    }
  return NULL;
}

static GPtrArray *
status_at (Fixture   *f,
           GDateTime *now)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = tafel_uitvraag_status_list (f->store, f->traject_id, f->sessie_id, now, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  return list;
}

static void
assert_statuses (Fixture            *f,
                 GDateTime          *now,
                 TafelUitvraagStatus a,
                 TafelUitvraagStatus b,
                 TafelUitvraagStatus c)
{
  g_autoptr(GPtrArray) list = status_at (f, now);
  const TafelUitvraagStatus expected[N_ORGS] = { a, b, c };

  g_assert_cmpuint (list->len, ==, N_ORGS);
  /* by name: De Brug, Horizon Jeugd, Zorgkracht */
  g_assert_cmpint (((TafelUitvraagRegel *) list->pdata[0])->organisatie_id, ==, f->org[2]);
  g_assert_cmpint (((TafelUitvraagRegel *) list->pdata[1])->organisatie_id, ==, f->org[1]);
  g_assert_cmpint (((TafelUitvraagRegel *) list->pdata[2])->organisatie_id, ==, f->org[0]);
  for (guint i = 0; i < N_ORGS; i++)
    {
      TafelUitvraagRegel *regel = regel_for (list, f->org[i]);

      g_assert_nonnull (regel);
      g_assert_cmpstr (regel->organisatie, ==, org_names[i]);
      if (regel->status != expected[i])
        g_test_message ("%s: %s, expected %s", regel->organisatie, tafel_uitvraag_status_label (regel->status),
                        tafel_uitvraag_status_label (expected[i]));
      g_assert_cmpint (regel->status, ==, expected[i]);
    }
}

static void
test_status (Fixture      *f,
             gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(GDateTime) in_a_week = g_date_time_add_days (today, 7);
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (today, -1);
  g_autofree char *deadline = g_date_time_format (in_a_week, "%Y-%m-%d 12:00");
  g_autofree char *deadline_passed = g_date_time_format (yesterday, "%Y-%m-%d 12:00");
  g_autoptr(GDateTime) before_deadline = NULL;
  g_autoptr(GDateTime) after_deadline = NULL;
  g_autoptr(TafelSessie) sessie = tafel_store_get (f->store, TAFEL_TYPE_SESSIE, f->sessie_id, &error);
  g_autoptr(TafelDeelnemer) deelnemer = tafel_deelnemer_new (f->traject_id);
  g_autofree char *path_a = NULL;
  g_autofree char *path_b = NULL;
  g_autoptr(GHashTable) rows = NULL;
  gint64 id_a;

  g_assert_no_error (error);
  set_string (f->store, sessie, "deadline", deadline);
  before_deadline = g_date_time_new_local (g_date_time_get_year (in_a_week), g_date_time_get_month (in_a_week),
                                           g_date_time_get_day_of_month (in_a_week), 11, 59, 0);
  after_deadline = g_date_time_new_local (g_date_time_get_year (in_a_week), g_date_time_get_month (in_a_week),
                                          g_date_time_get_day_of_month (in_a_week), 12, 1, 0);

  /* nobody invited yet: every organisation, nothing sent */
  assert_statuses (f, before_deadline, TAFEL_UITVRAAG_NIET_VERSTUURD, TAFEL_UITVRAAG_NIET_VERSTUURD,
                   TAFEL_UITVRAAG_NIET_VERSTUURD);
  {
    g_autoptr(GPtrArray) list = status_at (f, before_deadline);

    for (guint i = 0; i < list->len; i++)
      {
        TafelUitvraagRegel *regel = list->pdata[i];

        g_assert_null (regel->verstuurd_op);
        g_assert_null (regel->ingeleverd_op);
        g_assert_cmpint (regel->inlevering_id, ==, 0);
      }
  }

  /* De Brug is at the session but gets no workbook; the others get one */
  g_object_set (deelnemer, "name", "Sam de Vries", "organisatie-id", f->org[2], NULL);
  g_assert_true (tafel_store_insert (f->store, deelnemer, &error));
  g_assert_no_error (error);
  g_assert_true (tafel_store_set_present (f->store, deelnemer, sessie, TRUE, &error));
  g_assert_no_error (error);
  g_free (export_for (f, 0, "a-export.xlsx"));
  g_free (export_for (f, 1, "b-export.xlsx"));

  assert_statuses (f, before_deadline, TAFEL_UITVRAAG_VERSTUURD, TAFEL_UITVRAAG_VERSTUURD,
                   TAFEL_UITVRAAG_NIET_VERSTUURD);
  {
    g_autoptr(GPtrArray) list = status_at (f, before_deadline);

    g_assert_nonnull (regel_for (list, f->org[0])->verstuurd_op);
    g_assert_null (regel_for (list, f->org[2])->verstuurd_op);
  }
  /* the deadline passed, nothing came back */
  assert_statuses (f, after_deadline, TAFEL_UITVRAAG_TE_LAAT, TAFEL_UITVRAAG_TE_LAAT,
                   TAFEL_UITVRAAG_NIET_VERSTUURD);

  /* Zorgkracht returns (now, before the deadline) */
  rows = make_return (f, &(Variant) { 0 }, "a.xlsx");
  if (rows == NULL)
    return;
  path_a = path_in (f, "a.xlsx");
  id_a = import_ok (f, path_a, TAFEL_IMPORT_NEW);
  assert_statuses (f, after_deadline, TAFEL_UITVRAAG_INGELEVERD, TAFEL_UITVRAAG_TE_LAAT,
                   TAFEL_UITVRAAG_NIET_VERSTUURD);
  {
    g_autoptr(GPtrArray) list = status_at (f, after_deadline);
    g_autoptr(TafelInlevering) in = get_inlevering (f, id_a);

    g_assert_cmpint (regel_for (list, f->org[0])->inlevering_id, ==, id_a);
    /* handed in when the provider saved it, as the workbook says */
    g_assert_cmpstr (tafel_entity_get_string (TAFEL_ENTITY (in), "gewijzigd"), !=, "");
    g_assert_cmpstr (regel_for (list, f->org[0])->ingeleverd_op, ==,
                     tafel_entity_get_string (TAFEL_ENTITY (in), "gewijzigd"));
  }

  /* Horizon Jeugd returns with an error, accepted */
  {
    g_autofree char *blank = path_in (f, "b-export.xlsx");
    g_autoptr(Fill) fill = fill_new ();
    g_autoptr(GHashTable) rows_b = NULL;
    g_autoptr(TafelUitvraagImport) import = NULL;
    gint64 id_b = 0;

    fill_set (fill, "Aanbod", "B5", js (fill, "Zonder titel"));
    fill_set (fill, "Advies", "B5", js (fill, "Meer tijd"));
    path_b = path_in (f, "b.xlsx");
    rows_b = fill_run (f, fill, blank, path_b);
    import = read_ok (f, path_b);
    g_assert_cmpuint (tafel_uitvraag_import_get_n_errors (import), ==, 1);
    g_assert_true (tafel_uitvraag_import_apply (import, TRUE, &id_b, &error));
    g_assert_no_error (error);
  }
  assert_statuses (f, after_deadline, TAFEL_UITVRAAG_INGELEVERD, TAFEL_UITVRAAG_MET_FOUTEN,
                   TAFEL_UITVRAAG_NIET_VERSTUURD);

  /* with a deadline that had passed when it came in: returned late */
  set_string (f->store, sessie, "deadline", deadline_passed);
  assert_statuses (f, today, TAFEL_UITVRAAG_INGELEVERD_LAAT, TAFEL_UITVRAAG_MET_FOUTEN,
                   TAFEL_UITVRAAG_NIET_VERSTUURD);

  /* undone: sent and late again */
  g_assert_true (tafel_uitvraag_import_undo (f->store, id_a, &error));
  g_assert_no_error (error);
  assert_statuses (f, today, TAFEL_UITVRAAG_TE_LAAT, TAFEL_UITVRAAG_MET_FOUTEN, TAFEL_UITVRAAG_NIET_VERSTUURD);

  g_assert_cmpstr (tafel_uitvraag_status_label (TAFEL_UITVRAAG_INGELEVERD_LAAT), ==, "Returned late");
  g_assert_cmpstr (tafel_uitvraag_status_label (TAFEL_UITVRAAG_MET_FOUTEN), ==, "Returned with errors");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/uitvraag/import/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("round-trip", test_round_trip);
  ADD ("libreoffice", test_libreoffice);
  ADD ("sorted", test_sorted);
  ADD ("errors", test_errors);
  ADD ("refused", test_refused);
  ADD ("blank", test_blank);
  ADD ("twice", test_twice);
  ADD ("replace", test_replace);
  ADD ("stale-preview", test_stale_preview);
  ADD ("undo", test_undo);
  ADD ("undo-after-room-edit", test_undo_after_room_edit);
  ADD ("status", test_status);
#undef ADD

  return g_test_run ();
}
