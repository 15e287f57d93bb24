/* bench-export.c: how long the Programma van Eisen export takes
 *
 * Usage: bench-export [--demo] [N_GEELTJES] [KEEP.xlsx]
 *
 * Creates a store in a temporary folder with the "segment veel voorkomend"
 * template (11 deelproducten), 300 organisations with two participants
 * each, three sessions and N_GEELTJES (default 30,000) geeltjes inserted in
 * one batch, then exports it five times and prints the fastest and the
 * median time and the size of the file. With --demo the traject comes from
 * tafel_demo_create() instead. KEEP.xlsx keeps the last workbook.
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <time.h>

#include <glib/gstdio.h>

#include "tafel-demo.h"
#include "tafel-export-pve.h"
#include "tafel-store.h"
#include "tafel-template.h"

#define N_RUNS 5
#define N_ORGANISATIONS 300

static const char *const words[] = {
  "jeugdige", "gezin", "ouders", "school", "wachttijd", "intensiteit", "LVB", "begeleiding",
  "resultaat", "doelgroep", "behandeling", "netwerk", "afschalen", "opschalen", "regie",
  "functiemix", "HBO", "gedragswetenschapper", "tarief", "duur", "maatwerk", "strippenkaart",
  "veiligheid", "uithuisplaatsing", "groep", "bezettingsgraad", "evidence", "based", "&", "<",
};

static void
check (gboolean    ok,
       GError     *error,
       const char *what)
{
  if (!ok)
    {
      g_printerr ("bench-export: %s: %s\n", what, error ? error->message : "failed");
      exit (1);
    }
}

static guint64 total_text_chars;

static char *
make_text (GRand *rand)
{
  GString *text = g_string_new (NULL);
  /* A sticky note: a few words to a few sentences. */
  guint n = g_rand_int_range (rand, 4, 31);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (text, g_rand_int_range (rand, 0, 25) == 0 ? '\n' : ' ');
      g_string_append (text, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
    }

  total_text_chars += g_utf8_strlen (text->str, -1);
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

static GArray *
ids_of (TafelStore *store,
        GType       type,
        gint64      traject_id)
{
  GError *error = NULL;
  g_autoptr(GPtrArray) rows = tafel_store_list (store, type, traject_id, &error);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  check (rows != NULL, error, "list");
  for (guint i = 0; i < rows->len; i++)
    {
      gint64 id = tafel_entity_get_id (g_ptr_array_index (rows, i));
      g_array_append_val (ids, id);
    }

  return ids;
}

static gint64
pick (GRand  *rand,
      GArray *ids)
{
  return g_array_index (ids, gint64, g_rand_int_range (rand, 0, ids->len));
}

static gint64
fill_store (TafelStore *store,
            guint       n_geeltjes)
{
  static const char *const statuses[] = { "open", "verwerkt", "deels_verwerkt", "niet_verwerkt" };
  static const char *const kinds[] = { "tekstueel", "conceptueel", "algemeen" };
  static const char *const dates[] = { "2025-10-28", "2025-11-11", "2025-11-18" };
  GError *error = NULL;
  g_autoptr(TafelTemplate) tpl = tafel_template_load ("segment-veel-voorkomend", &error);
  g_autoptr(TafelTraject) traject = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (2027);
  g_autoptr(GArray) orgs = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) sessies = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) deelproducten = NULL;
  g_autoptr(GArray) blocks = NULL;
  gint64 traject_id;

  check (tpl != NULL, error, "template");
  traject = tafel_template_instantiate (tpl, store, "Inkoop Jeugdhulp 2027 (benchmark)",
                                        "Regio Flevoland", &error);
  check (traject != NULL, error, "traject");
  traject_id = tafel_entity_get_id (TAFEL_ENTITY (traject));
  deelproducten = ids_of (store, TAFEL_TYPE_DEELPRODUCT, traject_id);
  blocks = ids_of (store, TAFEL_TYPE_VRAAGBLOK, traject_id);

  check (tafel_store_begin_batch (store, &error), error, "begin batch");

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autoptr(TafelSessie) s = tafel_sessie_new (traject_id);
      g_autofree char *name = g_strdup_printf ("Werksessie %u", i + 1);
      gint64 id;

      g_object_set (s, "name", name, "date", dates[i], "theme", "Visie op jeugdhulp",
                    "location", "Stadhuis, zaal Magnifica", NULL);
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

          g_object_set (d, "name", person, "organisatie-id", id, NULL);
          pid = insert (store, d);
          g_array_append_val (people, pid);
        }
    }

  for (guint i = 0; i < n_geeltjes; i++)
    {
      g_autoptr(TafelGeeltje) g = tafel_geeltje_new (traject_id);
      g_autofree char *text = make_text (rand);
      guint person = g_rand_int_range (rand, 0, people->len);
      const char *status = statuses[g_rand_int_range (rand, 0, G_N_ELEMENTS (statuses))];

      g_object_set (g,
                    "text", text,
                    "sessie-id", pick (rand, sessies),
                    "deelproduct-id", g_rand_int_range (rand, 0, 20) == 0 ? 0 : pick (rand, deelproducten),
                    "vraagblok-id", pick (rand, blocks),
                    "kind", kinds[g_rand_int_range (rand, 0, G_N_ELEMENTS (kinds))],
                    "deelnemer-id", g_array_index (people, gint64, person),
                    "organisatie-id", g_array_index (orgs, gint64, person / 2),
                    "status", status,
                    "reason", g_str_equal (status, "open") ? "" : "Besproken in de kerngroep; zie verslag.",
                    NULL);
      insert (store, g);
    }

  check (tafel_store_commit_batch (store, &error), error, "commit batch");
  return traject_id;
}

/* CPU time of this process in ms: less sensitive than the wall clock to
 * other programs on a busy machine. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static gint64
fill_demo (TafelStore *store,
           guint       n_geeltjes)
{
  GError *error = NULL;
  g_autoptr(TafelTraject) traject = NULL;
  TafelDemoOptions options;

  tafel_demo_options_init (&options);
  options.n_organisations = N_ORGANISATIONS;
  options.n_geeltjes = n_geeltjes;
  traject = tafel_demo_create (store, &options, &error);
  check (traject != NULL, error, "demo");

  return tafel_entity_get_id (TAFEL_ENTITY (traject));
}

int
main (int   argc,
      char *argv[])
{
  GError *error = NULL;
  gboolean demo = argc > 1 && g_str_equal (argv[1], "--demo");
  guint n_geeltjes;
  g_autofree char *dir = g_dir_make_tmp ("tafel-bench-XXXXXX", &error);
  g_autofree char *db_path = NULL;
  g_autofree char *xlsx_path = NULL;
  g_autoptr(TafelStore) store = NULL;
  double times[N_RUNS];
  double cpu[N_RUNS];
  gint64 start;
  gint64 traject_id;
  GStatBuf st;

  setlocale (LC_ALL, "");
  if (demo)
    {
      argc--;
      argv++;
    }
  n_geeltjes = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 30000;
  check (dir != NULL, error, "temporary folder");
  db_path = g_build_filename (dir, "bench.db", NULL);
  xlsx_path = g_build_filename (dir, "pve.xlsx", NULL);

  store = tafel_store_open (db_path, &error);
  check (store != NULL, error, "open store");

  start = g_get_monotonic_time ();
  traject_id = demo ? fill_demo (store, n_geeltjes) : fill_store (store, n_geeltjes);
  if (demo)
    g_print ("filled store with tafel_demo_create(): %u geeltjes, %u organisations in %.0f ms\n",
             n_geeltjes, N_ORGANISATIONS, (g_get_monotonic_time () - start) / 1000.0);
  else
    g_print ("filled store: %u geeltjes (on average %.0f characters), %u organisations in %.0f ms\n",
             n_geeltjes, n_geeltjes ? (double) total_text_chars / n_geeltjes : 0.0,
             N_ORGANISATIONS, (g_get_monotonic_time () - start) / 1000.0);

  for (guint i = 0; i < N_RUNS; i++)
    {
      double cpu_start = cpu_ms ();

      start = g_get_monotonic_time ();
      check (tafel_export_pve (store, traject_id, xlsx_path, &error), error, "export");
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      cpu[i] = cpu_ms () - cpu_start;
    }

  qsort (times, N_RUNS, sizeof (double), compare_doubles);
  qsort (cpu, N_RUNS, sizeof (double), compare_doubles);
  check (g_stat (xlsx_path, &st) == 0, NULL, "stat");

  g_print ("export of %u geeltjes over %d runs: min %.1f ms, median %.1f ms, max %.1f ms\n",
           n_geeltjes, N_RUNS, times[0], times[N_RUNS / 2], times[N_RUNS - 1]);
  g_print ("CPU time per export: min %.1f ms, median %.1f ms\n", cpu[0], cpu[N_RUNS / 2]);
  g_print ("file size: %.0f KiB (%" G_GINT64_FORMAT " bytes)\n", st.st_size / 1024.0, (gint64) st.st_size);

  if (argc > 2)
    {
      g_autofree char *contents = NULL;
      gsize length = 0;

      check (g_file_get_contents (xlsx_path, &contents, &length, &error) &&
             g_file_set_contents (argv[2], contents, length, &error), error, "keep the workbook");
      g_print ("kept the workbook as %s\n", argv[2]);
    }

  g_clear_object (&store);
  g_unlink (xlsx_path);
  for (const char *const *suffix = (const char *const[]) { "", "-wal", "-shm", NULL }; *suffix; suffix++)
    {
      g_autofree char *file = g_strconcat (db_path, *suffix, NULL);
      g_unlink (file);
    }
  g_rmdir (dir);

  return 0;
}
