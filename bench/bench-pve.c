/* bench-pve.c: the Programma van Eisen export with its requirements, beside
 * openpyxl writing the same cells
 *
 * Usage: bench-pve [N_RUNS]
 *
 * Builds a traject in a temporary store: the "segment veel voorkomend"
 * template plus deelproducten up to 40, a decided level for each, 300
 * organisations with two participants each, three sessions, 2,000
 * requirements and 30,000 geeltjes, of which nine in ten are processed and
 * linked to one or two requirements (the links are inserted with SQL for
 * speed, inside the same batch). Then it exports the traject N_RUNS times
 * (default 5) with tafel_export_pve_full() and prints the fastest and the
 * median time. The goal is under 1 s.
 *
 * Then /usr/bin/python3 writes the same cells (every value of every sheet
 * of the last workbook, read back from its XML before the clock starts)
 * with openpyxl in write-only mode, as many times, and the ratio of the
 * medians is printed. openpyxl writes values only: no styles, widths,
 * filters, validation or print settings, so the comparison flatters it.
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "tafel-besluit.h"
#include "tafel-export-pve.h"
#include "tafel-store-private.h"
#include "tafel-template.h"

#define N_DEELPRODUCTEN 40
#define N_ORGANISATIONS 300
#define N_GEELTJES 30000
#define N_EISEN 2000

static const char *const words[] = {
  "jeugdige", "gezin", "ouders", "school", "wachttijd", "intensiteit", "LVB", "begeleiding",
  "resultaat", "doelgroep", "behandeling", "netwerk", "afschalen", "opschalen", "regie",
  "functiemix", "HBO", "gedragswetenschapper", "tarief", "duur", "maatwerk", "strippenkaart",
  "veiligheid", "uithuisplaatsing", "groep", "bezettingsgraad", "evidence", "based", "&", "<",
};

/* The cells of every sheet, read from the workbook before timing, then
 * written with openpyxl (write-only) N times; prints the times in ms. */
static const char python_script[] =
  "import sys, time, statistics, zipfile, re, os\n"
  "import xml.etree.ElementTree as ET\n"
  "try:\n"
  "    from openpyxl import Workbook\n"
  "except ImportError:\n"
  "    sys.exit(77)\n"
  "NS = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'\n"
  "RNS = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'\n"
  "src, out, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])\n"
  "z = zipfile.ZipFile(src)\n"
  "wb = ET.fromstring(z.read('xl/workbook.xml'))\n"
  "rels = ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))\n"
  "target = {r.get('Id'): r.get('Target') for r in rels}\n"
  "def col(ref):\n"
  "    n = 0\n"
  "    for ch in re.match('[A-Z]+', ref).group(0):\n"
  "        n = n * 26 + ord(ch) - 64\n"
  "    return n - 1\n"
  "sheets = []\n"
  "cells = 0\n"
  "for s in wb.find(NS + 'sheets'):\n"
  "    doc = ET.fromstring(z.read('xl/' + target[s.get(RNS + 'id')]))\n"
  "    rows = []\n"
  "    for r in doc.iter(NS + 'row'):\n"
  "        idx = int(r.get('r')) - 1\n"
  "        while len(rows) < idx:\n"
  "            rows.append([])\n"
  "        vals = []\n"
  "        for c in r.findall(NS + 'c'):\n"
  "            i = col(c.get('r'))\n"
  "            while len(vals) < i:\n"
  "                vals.append(None)\n"
  "            t = c.get('t')\n"
  "            if t == 'inlineStr':\n"
  "                v = ''.join(c.find(NS + 'is').itertext())\n"
  "            else:\n"
  "                f = c.find(NS + 'v')\n"
  "                v = float(f.text) if f is not None else None\n"
  "            vals.append(v)\n"
  "            cells += 1\n"
  "        rows.append(vals)\n"
  "    sheets.append((s.get('name'), rows))\n"
  "times = []\n"
  "for _ in range(runs):\n"
  "    t0 = time.perf_counter()\n"
  "    book = Workbook(write_only=True)\n"
  "    for name, rows in sheets:\n"
  "        ws = book.create_sheet(name)\n"
  "        for row in rows:\n"
  "            ws.append(row)\n"
  "    book.save(out)\n"
  "    times.append((time.perf_counter() - t0) * 1000)\n"
  "times.sort()\n"
  "print('%d %.1f %.1f %d' % (cells, times[0], statistics.median(times), os.path.getsize(out)))\n";

static void
check (gboolean    ok,
       GError     *error,
       const char *what)
{
  if (!ok)
    {
      g_printerr ("bench-pve: %s: %s\n", what, error ? error->message : "failed");
      exit (1);
    }
}

static char *
make_text (GRand *rand)
{
  GString *text = g_string_new (NULL);
  guint n = g_rand_int_range (rand, 4, 31);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
    }

  return g_string_free (text, FALSE);
}

static gint64
insert (TafelStore *store,
        gpointer    entity)
{
  GError *error = NULL;

  check (tafel_store_insert (store, entity, &error), error, "insert");
  return tafel_entity_get_id (entity);
}

static gint64
pick (GRand  *rand,
      GArray *ids)
{
  return g_array_index (ids, gint64, g_rand_int_range (rand, 0, ids->len));
}

static void
link_geeltje (TafelStore *store,
              gint64      traject_id,
              gint64      eis_id,
              gint64      geeltje_id)
{
  GError *error = NULL;
  sqlite3_stmt *stmt = _tafel_store_prepare (store,
                                             "INSERT OR IGNORE INTO eisbron (traject_id, eis_id, geeltje_id, created_at, modified_at)"
                                             " VALUES (?1, ?2, ?3, '2025-11-20T10:00:00Z', '2025-11-20T10:00:00Z')",
                                             &error);

  check (stmt != NULL, error, "prepare link");
  sqlite3_bind_int64 (stmt, 1, traject_id);
  sqlite3_bind_int64 (stmt, 2, eis_id);
  sqlite3_bind_int64 (stmt, 3, geeltje_id);
  check (_tafel_store_step_done (store, stmt, &error), error, "link");
}

static gint64
fill_store (TafelStore *store)
{
  static const char *const aspects[] = { "doelgroepen", "activiteiten", "doorlooptijd", "intensiteit",
                                         "kwaliteit", "beoogd_resultaat", "functiemix", "overig" };
  static const char *const dates[] = { "2025-10-28", "2025-11-11", "2025-11-18" };
  static const char *const kinds[] = { "tekstueel", "conceptueel", "algemeen" };
  GError *error = NULL;
  g_autoptr(TafelTemplate) tpl = tafel_template_load ("segment-veel-voorkomend", &error);
  g_autoptr(TafelTraject) traject = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (2027);
  g_autoptr(GArray) orgs = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) sessies = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) eisen = g_array_new (FALSE, FALSE, sizeof (gint64));
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
      insert (store, dp);
      g_ptr_array_add (deelproducten, dp);
    }
  for (guint i = 0; i < deelproducten->len; i++)
    check (tafel_intensiteit_put (store, g_ptr_array_index (deelproducten, i), 0, 0, "licht", 250, 1200, &error),
           error, "decision");

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autoptr(TafelSessie) s = tafel_sessie_new (traject_id);
      g_autofree char *name = g_strdup_printf ("Werksessie %u", i + 1);
      gint64 id;

      g_object_set (s, "name", name, "date", dates[i], "theme", "Visie op jeugdhulp", NULL);
      id = insert (store, s);
      g_array_append_val (sessies, id);
    }

  for (guint i = 0; i < N_ORGANISATIONS; i++)
    {
      g_autoptr(TafelOrganisatie) o = tafel_organisatie_new (traject_id);
      g_autofree char *name = g_strdup_printf ("Zorgaanbieder %03u B.V.", i + 1);
      gint64 id;

      g_object_set (o, "name", name, NULL);
      id = insert (store, o);
      g_array_append_val (orgs, id);

      for (guint j = 0; j < 2; j++)
        {
          g_autoptr(TafelDeelnemer) d = tafel_deelnemer_new (traject_id);
          g_autofree char *person = g_strdup_printf ("Deelnemer %u-%u", i + 1, j + 1);
          gint64 pid;

          g_object_set (d, "name", person, "organisatie-id", id, "advies", "Houd de administratie licht.", NULL);
          pid = insert (store, d);
          g_array_append_val (people, pid);
        }
    }

  for (guint i = 0; i < N_EISEN; i++)
    {
      g_autoptr(TafelEis) e = tafel_eis_new (traject_id);
      g_autofree char *text = make_text (rand);
      gboolean wens = g_rand_int_range (rand, 0, 4) == 0;
      gint64 id;

      g_object_set (e, "hoofdstuk", "deelproduct",
                    "deelproduct-id", tafel_entity_get_id (g_ptr_array_index (deelproducten, i % deelproducten->len)),
                    "aspect", aspects[g_rand_int_range (rand, 0, G_N_ELEMENTS (aspects))],
                    "tekst", text, "soort", wens ? "wens" : "eis", NULL);
      if (wens)
        g_object_set (e, "gewicht", (gint64) 10, NULL);   /* 0,1% */
      id = insert (store, e);
      g_array_append_val (eisen, id);
    }

  for (guint i = 0; i < N_GEELTJES; i++)
    {
      g_autoptr(TafelGeeltje) g = tafel_geeltje_new (traject_id);
      g_autofree char *text = make_text (rand);
      guint person = g_rand_int_range (rand, 0, people->len);
      guint r = g_rand_int_range (rand, 0, 10);
      const char *status = r < 8 ? "verwerkt" : r == 8 ? "niet_verwerkt" : "open";
      gint64 id;

      g_object_set (g, "text", text, "sessie-id", pick (rand, sessies),
                    "deelproduct-id", tafel_entity_get_id (g_ptr_array_index (deelproducten,
                                                           g_rand_int_range (rand, 0, deelproducten->len))),
                    "kind", kinds[g_rand_int_range (rand, 0, G_N_ELEMENTS (kinds))],
                    "deelnemer-id", g_array_index (people, gint64, person),
                    "organisatie-id", g_array_index (orgs, gint64, person / 2),
                    "status", r == 0 ? "deels_verwerkt" : status,
                    "reason", g_str_equal (status, "niet_verwerkt") ? "Buiten het perceel; zie verslag." : "",
                    NULL);
      id = insert (store, g);
      if (r < 8)
        {
          link_geeltje (store, traject_id, pick (rand, eisen), id);
          if (r < 3)
            link_geeltje (store, traject_id, pick (rand, eisen), id);
        }
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

int
main (int   argc,
      char *argv[])
{
  GError *error = NULL;
  guint n_runs = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 5;
  g_autofree char *dir = g_dir_make_tmp ("tafel-bench-pve-XXXXXX", &error);
  g_autofree char *db_path = NULL;
  g_autofree char *xlsx_path = NULL;
  g_autofree char *py_path = NULL;
  g_autofree char *runs_arg = NULL;
  g_autofree char *py_out = NULL;
  g_autofree char *py_err = NULL;
  g_autoptr(TafelStore) store = NULL;
  g_autofree double *times = NULL;
  TafelPveOptions options;
  gint64 traject_id;
  gint64 start;
  int status = 0;
  GStatBuf st;

  setlocale (LC_ALL, "");
  n_runs = MAX (n_runs, 1);
  times = g_new0 (double, n_runs);
  check (dir != NULL, error, "temporary folder");
  db_path = g_build_filename (dir, "bench.db", NULL);
  xlsx_path = g_build_filename (dir, "pve.xlsx", NULL);
  py_path = g_build_filename (dir, "openpyxl.xlsx", NULL);

  store = tafel_store_open (db_path, &error);
  check (store != NULL, error, "open store");

  start = g_get_monotonic_time ();
  traject_id = fill_store (store);
  g_print ("filled store: %d deelproducten, %d organisations, %d geeltjes, %d requirements in %.0f ms\n",
           N_DEELPRODUCTEN, N_ORGANISATIONS, N_GEELTJES, N_EISEN, (g_get_monotonic_time () - start) / 1000.0);

  tafel_pve_options_init (&options);
  for (guint i = 0; i < n_runs; i++)
    {
      start = g_get_monotonic_time ();
      check (tafel_export_pve_full (store, traject_id, xlsx_path, &options, NULL, &error), error, "export");
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (times, n_runs, sizeof (double), compare_doubles);
  check (g_stat (xlsx_path, &st) == 0, NULL, "stat");
  g_print ("tafel_export_pve_full over %u runs: min %.1f ms, median %.1f ms (goal: under 1000 ms); %.0f KiB\n",
           n_runs, times[0], times[n_runs / 2], st.st_size / 1024.0);

  runs_arg = g_strdup_printf ("%u", n_runs);
  {
    const char *argv_py[] = { "/usr/bin/python3", "-c", python_script, xlsx_path, py_path, runs_arg, NULL };

    if (!g_file_test (argv_py[0], G_FILE_TEST_IS_EXECUTABLE))
      g_print ("openpyxl: /usr/bin/python3 is not installed\n");
    else if (!g_spawn_sync (NULL, (char **) argv_py, NULL, G_SPAWN_DEFAULT, NULL, NULL, &py_out, &py_err, &status,
                            &error))
      check (FALSE, error, "python3");
    else if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
      g_print ("openpyxl: not installed\n");
    else if (!g_spawn_check_wait_status (status, NULL))
      g_print ("openpyxl: failed: %s\n", py_err);
    else
      {
        guint64 cells = 0;
        double py_min = 0, py_median = 0;
        guint64 py_size = 0;

        if (sscanf (py_out, "%" G_GUINT64_FORMAT " %lf %lf %" G_GUINT64_FORMAT, &cells, &py_min, &py_median, &py_size) == 4)
          {
            g_print ("openpyxl (write-only) writing the same %" G_GUINT64_FORMAT " cells over %u runs:"
                     " min %.1f ms, median %.1f ms; %.0f KiB\n",
                     cells, n_runs, py_min, py_median, py_size / 1024.0);
            g_print ("ratio openpyxl / Ontwikkeltafel (medians): %.1f×\n", py_median / times[n_runs / 2]);
          }
        else
          g_print ("openpyxl: unexpected output: %s\n", py_out);
      }
  }

  g_clear_object (&store);
  g_unlink (xlsx_path);
  g_unlink (py_path);
  for (const char *const *suffix = (const char *const[]) { "", "-wal", "-shm", NULL }; *suffix; suffix++)
    {
      g_autofree char *file = g_strconcat (db_path, *suffix, NULL);
      g_unlink (file);
    }
  g_rmdir (dir);

  return 0;
}
