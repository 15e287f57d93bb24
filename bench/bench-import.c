/* bench-import.c: reading returned uitvraag workbooks, beside openpyxl
 *
 * Usage: bench-import [N_ORGANISATIONS]   (default 300)
 *
 * Builds a traject in a temporary store: the "segment veel voorkomend"
 * template plus deelproducten up to 40 (every eighth a group product, some
 * with hours a month or fewer levels), its default function profiles, one
 * session with a deadline and N organisations. Exports a workbook per
 * organisation with tafel_uitvraag_export_all(), then one /usr/bin/python3
 * process fills them all with openpyxl as providers would (two offerings,
 * about ten suggestions, every intensity row, a function mix per
 * deelproduct, every group row, the advice), and then it measures, in
 * this order:
 *
 *   (a) tafel_uitvraag_import_read() + tafel_uitvraag_import_apply() of
 *       every return into the store: total, and the median per file;
 *   (b) the same again: every file is UNCHANGED now;
 *   (r) the xlsx reader alone: tafel_xlsx_book_open() and every cell of
 *       every sheet, per file;
 *   (c) /usr/bin/python3 + openpyxl reading the same files
 *       (load_workbook(read_only=True), every cell of every sheet), timed
 *       inside python (without starting the interpreter) and from outside;
 *
 * and prints the ratios. Takes a few minutes on two cores with 300
 * organisations, most of it openpyxl filling the workbooks.
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "tafel-error.h"
#include "tafel-template.h"
#include "tafel-traject-setup.h"
#include "tafel-uitvraag-export.h"
#include "tafel-uitvraag-import.h"
#include "tafel-xlsx-reader.h"

#define N_DEELPRODUCTEN 40
#define DEFAULT_ORGANISATIONS 300

/* argv: list file (one workbook per line), output folder, seed. Fills
 * every workbook as a provider would and saves it under the same name in
 * the output folder; prints "FILLED <n> <seconds>". */
static const char fill_script[] =
  "import sys, os, random, time\n"
  "try:\n"
  "    import openpyxl\n"
  "except ImportError:\n"
  "    sys.exit(77)\n"
  "listfile, outdir, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])\n"
  "paths = [l.rstrip('\\n') for l in open(listfile, encoding='utf-8') if l.strip()]\n"
  "rnd = random.Random(seed)\n"
  "WORDS = ('jeugdige gezin ouders school wachttijd intensiteit LVB begeleiding resultaat doelgroep '\n"
  "         'behandeling netwerk afschalen opschalen regie functiemix HBO gedragswetenschapper tarief '\n"
  "         'duur maatwerk veiligheid uithuisplaatsing groep bezettingsgraad evidence & < wijkteam').split()\n"
  "def text(a=4, b=20):\n"
  "    return ' '.join(rnd.choice(WORDS) for _ in range(rnd.randint(a, b)))\n"
  "def column(ws, c):\n"
  "    out = []\n"
  "    for r in range(1, ws.max_row + 1):\n"
  "        v = ws.cell(row=r, column=c).value\n"
  "        if v is None:\n"
  "            break\n"
  "        out.append(v)\n"
  "    return out\n"
  "t0 = time.perf_counter()\n"
  "for path in paths:\n"
  "    wb = openpyxl.load_workbook(path)\n"
  "    lists = wb['Lijsten']\n"
  "    dps, topics, functions = column(lists, 1), column(lists, 2), column(lists, 3)\n"
  "    tijd, fits, evidence = column(lists, 5), column(lists, 6), column(lists, 7)\n"
  "    a = wb['Aanbod']\n"
  "    for r in (5, 6):\n"
  "        a.cell(row=r, column=1).value = 'Aanbod ' + text(1, 3)\n"
  "        a.cell(row=r, column=2).value = text(10, 30)\n"
  "        a.cell(row=r, column=3).value = rnd.choice(fits)\n"
  "        a.cell(row=r, column=4).value = text(5, 15)\n"
  "        a.cell(row=r, column=5).value = rnd.choice(evidence)\n"
  "        a.cell(row=r, column=6).value = rnd.choice(dps)\n"
  "    s = wb['Suggesties']\n"
  "    prefilled = [r for r in range(5, s.max_row + 1) if s.cell(row=r, column=5).value]\n"
  "    for r in rnd.sample(prefilled, min(7, len(prefilled))):\n"
  "        s.cell(row=r, column=rnd.choice((2, 3))).value = text()\n"
  "    free = [r for r in range(5, s.max_row + 2) if s.cell(row=r, column=1).value is None]\n"
  "    for r in free[:3]:\n"
  "        s.cell(row=r, column=1).value = rnd.choice(topics)\n"
  "        s.cell(row=r, column=2).value = text()\n"
  "    i = wb['Intensiteit en duur']\n"
  "    for r in range(5, i.max_row + 1):\n"
  "        if not i.cell(row=r, column=9).value:\n"
  "            continue\n"
  "        hours = rnd.randint(2, 16) / 2\n"
  "        i.cell(row=r, column=4).value = hours if rnd.random() < 0.8 else ('%g' % hours).replace('.', ',')\n"
  "        i.cell(row=r, column=5).value = rnd.randint(4, 40)\n"
  "        if rnd.random() < 0.2:\n"
  "            i.cell(row=r, column=7).value = text(3, 10)\n"
  "    m = wb['Functiemix']\n"
  "    by_key = {}\n"
  "    for r in range(5, m.max_row + 1):\n"
  "        k = m.cell(row=r, column=6).value\n"
  "        if k:\n"
  "            by_key.setdefault(k, []).append(r)\n"
  "    for k, rows in by_key.items():\n"
  "        f1, f2, f3 = rnd.sample(functions, 3)\n"
  "        share = rnd.choice((50, 60, 70, 80))\n"
  "        m.cell(row=rows[0], column=2).value = f1\n"
  "        m.cell(row=rows[0], column=4).value = share\n"
  "        m.cell(row=rows[1], column=2).value = f2\n"
  "        m.cell(row=rows[1], column=4).value = 100 - share\n"
  "        if rnd.random() < 0.5:\n"
  "            m.cell(row=rows[2], column=2).value = f3\n"
  "            m.cell(row=rows[2], column=4).value = 100\n"
  "            m.cell(row=rows[2], column=5).value = tijd[1]\n"
  "    g = wb['Groepen']\n"
  "    for r in range(5, g.max_row + 1):\n"
  "        if not g.cell(row=r, column=8).value:\n"
  "            continue\n"
  "        for c, v in zip(range(2, 8), (rnd.randint(6, 10), rnd.randint(70, 95), '1,5', rnd.randint(1, 3), 2, 0.5)):\n"
  "            g.cell(row=r, column=c).value = v\n"
  "    adv = wb['Advies']\n"
  "    for r in (5, 6, 7):\n"
  "        adv.cell(row=r, column=2).value = text(10, 40)\n"
  "    wb.save(os.path.join(outdir, os.path.basename(path)))\n"
  "print('FILLED %d %.3f' % (len(paths), time.perf_counter() - t0))\n";

/* argv: list file. Reads every cell of every sheet of every workbook;
 * prints "READ <files> <cells> <total s> <median ms>". */
static const char read_script[] =
  "import sys, time, statistics\n"
  "try:\n"
  "    from openpyxl import load_workbook\n"
  "except ImportError:\n"
  "    sys.exit(77)\n"
  "paths = [l.rstrip('\\n') for l in open(sys.argv[1], encoding='utf-8') if l.strip()]\n"
  "times = []\n"
  "cells = 0\n"
  "t0 = time.perf_counter()\n"
  "for p in paths:\n"
  "    t = time.perf_counter()\n"
  "    wb = load_workbook(p, read_only=True)\n"
  "    for ws in wb.worksheets:\n"
  "        for row in ws.iter_rows():\n"
  "            for c in row:\n"
  "                if c.value is not None:\n"
  "                    cells += 1\n"
  "    wb.close()\n"
  "    times.append((time.perf_counter() - t) * 1000)\n"
  "print('READ %d %d %.3f %.2f' % (len(paths), cells, time.perf_counter() - t0, statistics.median(times)))\n";

static void
check (gboolean    ok,
       GError     *error,
       const char *what)
{
  if (!ok)
    {
      g_printerr ("bench-import: %s: %s\n", what, error ? error->message : "failed");
      exit (1);
    }
}

static void
set_bool (TafelStore *store,
          gpointer    entity,
          const char *column,
          gboolean    value)
{
  GError *error = NULL;

  check (tafel_store_set_bool (store, entity, column, value, &error), error, column);
}

static void
set_string (TafelStore *store,
            gpointer    entity,
            const char *column,
            const char *value)
{
  GError *error = NULL;

  check (tafel_store_set_string (store, entity, column, value, &error), error, column);
}

static gint64
fill_store (TafelStore *store,
            guint       n_organisations,
            gint64     *sessie_id)
{
  GError *error = NULL;
  g_autoptr(TafelTemplate) tpl = tafel_template_load ("segment-veel-voorkomend", &error);
  g_autoptr(TafelTraject) traject = NULL;
  g_autoptr(TafelSessie) sessie = NULL;
  g_autoptr(GPtrArray) deelproducten = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  gint64 traject_id;

  check (tpl != NULL, error, "template");
  traject = tafel_template_instantiate (tpl, store, "Inkoop Jeugdhulp 2027 (benchmark)", "Regio Flevoland", &error);
  check (traject != NULL, error, "traject");
  traject_id = tafel_entity_get_id (TAFEL_ENTITY (traject));
  groups = tafel_store_list (store, TAFEL_TYPE_PRODUCTGROEP, traject_id, &error);
  check (groups != NULL, error, "groups");

  check (tafel_store_begin_batch (store, &error), error, "begin batch");
  deelproducten = tafel_store_list (store, TAFEL_TYPE_DEELPRODUCT, traject_id, &error);
  check (deelproducten != NULL, error, "deelproducten");
  for (guint i = deelproducten->len; i < N_DEELPRODUCTEN; i++)
    {
      TafelDeelproduct *dp = tafel_deelproduct_new (traject_id);
      g_autofree char *name = g_strdup_printf ("Maatwerkvariant %u", i + 1);

      g_object_set (dp, "name", name, "productgroep-id",
                    tafel_entity_get_id (g_ptr_array_index (groups, i % groups->len)), NULL);
      check (tafel_store_insert (store, dp, &error), error, "deelproduct");
      g_ptr_array_add (deelproducten, dp);
    }
  for (guint i = 0; i < deelproducten->len; i++)
    {
      TafelDeelproduct *dp = g_ptr_array_index (deelproducten, i);

      if (i % 8 == 3)
        set_bool (store, dp, "groepsproduct", TRUE);
      if (i % 5 == 1)
        set_string (store, dp, "intensiteit_eenheid", "uren_per_maand");
      if (i % 7 == 2)
        set_bool (store, dp, "niveau_intensief", FALSE);
    }

  sessie = tafel_traject_add_sessie (store, traject_id, &error);
  check (sessie != NULL, error, "session");
  set_string (store, sessie, "name", "Werksessie 2");
  set_string (store, sessie, "date", "2026-11-03");
  set_string (store, sessie, "deadline", "2026-11-10 12:00");
  *sessie_id = tafel_entity_get_id (TAFEL_ENTITY (sessie));

  for (guint i = 0; i < n_organisations; i++)
    {
      g_autoptr(TafelOrganisatie) o = tafel_organisatie_new (traject_id);
      g_autofree char *name = g_strdup_printf ("Zorgaanbieder %03u B.V.", i + 1);

      g_object_set (o, "name", name, NULL);
      check (tafel_store_insert (store, o, &error), error, "organisation");
    }
  check (tafel_store_commit_batch (store, &error), error, "commit batch");
  return traject_id;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *times)
{
  g_autoptr(GArray) sorted = g_array_copy (times);

  if (sorted->len == 0)
    return 0;
  g_array_sort (sorted, compare_doubles);
  return g_array_index (sorted, double, sorted->len / 2);
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Runs python with @script and @args; its stdout, or NULL (and says why). */
static char *
run_python (const char  *script,
            const char **args,
            double      *wall_ms)
{
  GError *error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;
  gint64 start;

  if (!g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE))
    {
      g_print ("openpyxl: /usr/bin/python3 is not installed\n");
      return NULL;
    }
  g_ptr_array_add (argv, (gpointer) "/usr/bin/python3");
  g_ptr_array_add (argv, (gpointer) "-c");
  g_ptr_array_add (argv, (gpointer) script);
  for (; *args != NULL; args++)
    g_ptr_array_add (argv, (gpointer) *args);
  g_ptr_array_add (argv, NULL);

  start = g_get_monotonic_time ();
  check (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error),
         error, "python3");
  if (wall_ms != NULL)
    *wall_ms = ms_since (start);
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      g_print ("openpyxl: not installed\n");
      g_free (out);
      return NULL;
    }
  if (!g_spawn_check_wait_status (status, NULL))
    {
      g_print ("openpyxl: failed: %s\n", err);
      g_free (out);
      return NULL;
    }
  return out;
}

static void
remove_folder (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_folder (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* Reads and stores every file; prints one line. Returns the total time of
 * reading in ms (for the ratio to openpyxl). */
static double
import_all (TafelStore        *store,
            gint64             traject_id,
            GPtrArray         *files,
            const char        *label,
            TafelImportAction  expected)
{
  g_autoptr(GArray) per_file = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) per_read = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) per_apply = g_array_new (FALSE, FALSE, sizeof (double));
  guint n_errors = 0, n_unexpected = 0;
  guint64 n_items = 0;
  double read_total = 0;
  gint64 start_all = g_get_monotonic_time ();

  for (guint i = 0; i < files->len; i++)
    {
      GError *error = NULL;
      g_autoptr(TafelUitvraagImport) import = NULL;
      gint64 start = g_get_monotonic_time ();
      double read_ms, apply_ms;

      import = tafel_uitvraag_import_read (store, traject_id, files->pdata[i], &error);
      check (import != NULL, error, "read");
      read_ms = ms_since (start);
      if (tafel_uitvraag_import_get_n_errors (import) > 0 && n_errors++ < 3)
        g_print ("  %s: %s\n", (char *) files->pdata[i], tafel_uitvraag_import_get_error (import, 0)->message);
      if (tafel_uitvraag_import_get_action (import) != expected)
        n_unexpected++;
      n_items += tafel_uitvraag_import_get_n_geeltjes (import) + tafel_uitvraag_import_get_n_aanbod (import) +
                 tafel_uitvraag_import_get_n_intensiteit (import) + tafel_uitvraag_import_get_n_groepen (import);
      start = g_get_monotonic_time ();
      check (tafel_uitvraag_import_apply (import, TRUE, NULL, &error), error, "apply");
      apply_ms = ms_since (start);
      read_total += read_ms;
      g_array_append_val (per_read, read_ms);
      g_array_append_val (per_apply, apply_ms);
      read_ms += apply_ms;
      g_array_append_val (per_file, read_ms);
    }

  g_print ("%s %u returns: total %.2f s; per file median %.1f ms (read %.1f ms, apply %.1f ms)",
           label, files->len, ms_since (start_all) / 1000.0, median (per_file), median (per_read), median (per_apply));
  if (expected != TAFEL_IMPORT_UNCHANGED)
    g_print ("; %" G_GUINT64_FORMAT " items besides the function mixes", n_items);
  g_print ("\n");
  if (n_errors > 0 || n_unexpected > 0)
    g_print ("  WARNING: %u files with errors, %u with another action than expected\n", n_errors, n_unexpected);
  return read_total;
}

int
main (int   argc,
      char *argv[])
{
  GError *error = NULL;
  guint n_orgs = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : DEFAULT_ORGANISATIONS;
  g_autofree char *dir = g_dir_make_tmp ("tafel-bench-import-XXXXXX", &error);
  g_autofree char *db_path = NULL;
  g_autofree char *sent_dir = NULL;
  g_autofree char *filled_dir = NULL;
  g_autofree char *list_path = NULL;
  g_autofree char *py_out = NULL;
  g_autoptr(TafelStore) store = NULL;
  g_autoptr(GPtrArray) sent = NULL;
  g_autoptr(GPtrArray) filled = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) reader_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GString) list = g_string_new (NULL);
  gint64 traject_id, sessie_id, start;
  double export_ms, read_total_ms, reader_total_ms = 0, wall_ms = 0;
  guint64 reader_cells = 0;

  setlocale (LC_ALL, "");
  if (n_orgs < 1 || n_orgs > 5000)
    {
      g_printerr ("Usage: bench-import [N_ORGANISATIONS]   (1 to 5000, default %d)\n", DEFAULT_ORGANISATIONS);
      return 2;
    }
  check (dir != NULL, error, "temporary folder");
  db_path = g_build_filename (dir, "bench.db", NULL);
  sent_dir = g_build_filename (dir, "sent", NULL);
  filled_dir = g_build_filename (dir, "filled", NULL);
  list_path = g_build_filename (dir, "files.txt", NULL);
  check (g_mkdir (sent_dir, 0700) == 0 && g_mkdir (filled_dir, 0700) == 0, NULL, "folders");

  store = tafel_store_open (db_path, &error);
  check (store != NULL, error, "open store");

  start = g_get_monotonic_time ();
  traject_id = fill_store (store, n_orgs, &sessie_id);
  g_print ("traject: %d deelproducten, %u organisations, built in %.0f ms\n", N_DEELPRODUCTEN, n_orgs, ms_since (start));

  start = g_get_monotonic_time ();
  sent = tafel_uitvraag_export_all (store, traject_id, sessie_id, sent_dir, NULL, NULL, &error);
  check (sent != NULL, error, "export");
  export_ms = ms_since (start);
  g_print ("export: %u workbooks in %.2f s (%.1f ms per workbook)\n", sent->len, export_ms / 1000.0,
           export_ms / MAX (sent->len, 1));

  for (guint i = 0; i < sent->len; i++)
    g_string_append_printf (list, "%s\n", (char *) sent->pdata[i]);
  check (g_file_set_contents (list_path, list->str, -1, &error), error, "list");
  {
    const char *args[] = { list_path, filled_dir, "2027", NULL };
    guint n = 0;
    double seconds = 0;

    py_out = run_python (fill_script, args, &wall_ms);
    if (py_out == NULL)
      return 1;
    check (sscanf (py_out, "FILLED %u %lf", &n, &seconds) == 2, NULL, "fill output");
    g_print ("fill: openpyxl filled %u workbooks in %.1f s (one process)\n", n, seconds);
    g_clear_pointer (&py_out, g_free);
  }
  g_string_truncate (list, 0);
  for (guint i = 0; i < sent->len; i++)
    {
      g_autofree char *base = g_path_get_basename (sent->pdata[i]);
      char *path = g_build_filename (filled_dir, base, NULL);

      g_string_append_printf (list, "%s\n", path);
      g_ptr_array_add (filled, path);
    }
  check (g_file_set_contents (list_path, list->str, -1, &error), error, "list");

  /* (a) and (b) */
  read_total_ms = import_all (store, traject_id, filled, "(a) read + apply", TAFEL_IMPORT_NEW);
  import_all (store, traject_id, filled, "(b) again (all unchanged):", TAFEL_IMPORT_UNCHANGED);

  /* the reader alone */
  for (guint i = 0; i < filled->len; i++)
    {
      g_autoptr(TafelXlsxBook) book = NULL;
      double ms;

      start = g_get_monotonic_time ();
      book = tafel_xlsx_book_open (filled->pdata[i], &error);
      check (book != NULL, error, "reader");
      for (guint s = 0; s < tafel_xlsx_book_get_n_sheets (book); s++)
        {
          TafelXlsxReadSheet *sheet = tafel_xlsx_book_get_sheet_by_index (book, s, &error);
          guint32 n_rows;

          check (sheet != NULL, error, "sheet");
          n_rows = tafel_xlsx_sheet_get_n_rows (sheet);
          for (guint32 r = 1; r <= n_rows; r++)
            {
              guint n_cells = 0;
              const TafelXlsxCell *cells = tafel_xlsx_sheet_get_row (sheet, r, &n_cells);

              for (guint c = 0; cells != NULL && c < n_cells; c++)
                if (cells[c].type != TAFEL_CELL_EMPTY)
                  reader_cells++;
            }
        }
      ms = ms_since (start);
      reader_total_ms += ms;
      g_array_append_val (reader_times, ms);
    }
  g_print ("reader alone (tafel_xlsx_book_open + every cell of every sheet): total %.2f s;"
           " per file median %.1f ms; %" G_GUINT64_FORMAT " cells\n",
           reader_total_ms / 1000.0, median (reader_times), reader_cells);

  /* (c) */
  {
    const char *args[] = { list_path, NULL };
    guint n = 0;
    guint64 cells = 0;
    double seconds = 0, median_ms = 0;

    py_out = run_python (read_script, args, &wall_ms);
    if (py_out != NULL &&
        sscanf (py_out, "READ %u %" G_GUINT64_FORMAT " %lf %lf", &n, &cells, &seconds, &median_ms) == 4)
      {
        g_print ("(c) openpyxl read_only, every cell of every sheet: total %.2f s in python (%.2f s with starting"
                 " python); per file median %.1f ms; %" G_GUINT64_FORMAT " cells\n",
                 seconds, wall_ms / 1000.0, median_ms, cells);
        g_print ("ratio openpyxl / tafel_uitvraag_import_read (totals): %.1f×\n", seconds * 1000.0 / read_total_ms);
        g_print ("ratio openpyxl / reader alone (totals): %.1f×\n", seconds * 1000.0 / reader_total_ms);
      }
    else if (py_out != NULL)
      g_print ("openpyxl: unexpected output: %s\n", py_out);
  }

  g_clear_object (&store);
  remove_folder (dir);
  return 0;
}
