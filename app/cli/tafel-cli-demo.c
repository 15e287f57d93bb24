/* tafel-cli-demo.c: ontwikkeltafel-cli demo: create a demo traject */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-cli-common.h"
#include "tafel-demo.h"

/* The counts of a traject as "label  value" lines, labels aligned. */
static void
print_counts (const char               *region,
              const TafelTrajectCounts *counts)
{
  g_autofree char *geeltjes = g_strdup_printf (_("%u (%u open)"), counts->n_geeltjes, counts->n_geeltjes_open);
  char *values[7] = { NULL };
  const char *labels[7] = {
    _("Region"), _("Sessions"), _("Deelproducten"), _("Organisations"),
    _("Participants"), _("Geeltjes"), _("Offerings"),
  };
  guint width = 0;

  values[0] = g_strdup (region);
  values[1] = g_strdup_printf ("%u", counts->n_sessies);
  values[2] = g_strdup_printf ("%u", counts->n_deelproducten);
  values[3] = g_strdup_printf ("%u", counts->n_organisaties);
  values[4] = g_strdup_printf ("%u", counts->n_deelnemers);
  values[5] = g_steal_pointer (&geeltjes);
  values[6] = g_strdup_printf ("%u", counts->n_aanbod);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    width = MAX (width, (guint) g_utf8_strlen (labels[i], -1));

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_print ("  ");
      tafel_cli_print_padded (labels[i], width + 2, FALSE);
      g_print ("%s\n", values[i]);
      g_free (values[i]);
    }
}

int
tafel_cli_demo (TafelCliGlobal *global,
                int             argc,
                char          **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelStore) store = NULL;
  g_autoptr(TafelTraject) traject = NULL;
  g_autofree char *db_option = NULL;
  g_autofree char *seed_text = NULL;
  g_autofree char *orgs_text = NULL;
  g_autofree char *geeltjes_text = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *display = NULL;
  TafelDemoOptions options;
  TafelTrajectCounts counts = { 0 };
  guint64 number;
  gint64 start;
  const GOptionEntry entries[] = {
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed_text,
      N_("The same seed gives the same traject (default 1)"), N_("N") },
    { "organisations", 0, 0, G_OPTION_ARG_STRING, &orgs_text,
      N_("Number of care providers, 1 to 5000 (default 25)"), N_("N") },
    { "geeltjes", 0, 0, G_OPTION_ARG_STRING, &geeltjes_text,
      N_("Number of sticky notes, 0 to 1000000 (default 400)"), N_("N") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name,
      N_("Name of the traject (default “Demo SEED”); a number is added when it is taken"), N_("NAME") },
    TAFEL_CLI_DB_ENTRY (&db_option),
    { NULL }
  };

  tafel_demo_options_init (&options);

  context = tafel_cli_context_new ("demo", _("Create a demo traject with invented providers, participants and sticky notes."),
                                   entries);
  if (!tafel_cli_parse (context, "demo", global, &db_option, &argc, &argv))
    return TAFEL_CLI_EXIT_USAGE;

  if (seed_text != NULL)
    {
      if (!tafel_cli_parse_number ("demo", "seed", seed_text, 0, G_MAXUINT32, &number))
        return TAFEL_CLI_EXIT_USAGE;
      options.seed = (guint32) number;
    }
  if (orgs_text != NULL)
    {
      if (!tafel_cli_parse_number ("demo", "organisations", orgs_text,
                                   TAFEL_DEMO_MIN_ORGANISATIONS, TAFEL_DEMO_MAX_ORGANISATIONS, &number))
        return TAFEL_CLI_EXIT_USAGE;
      options.n_organisations = (guint) number;
    }
  if (geeltjes_text != NULL)
    {
      if (!tafel_cli_parse_number ("demo", "geeltjes", geeltjes_text, 0, TAFEL_DEMO_MAX_GEELTJES, &number))
        return TAFEL_CLI_EXIT_USAGE;
      options.n_geeltjes = (guint) number;
    }
  if (name != NULL && *g_strstrip (name) == '\0')
    return tafel_cli_usage_error ("demo", _("--name needs a name that is not empty."));
  options.name = name;

  if (!tafel_demo_options_validate (&options, &error))
    return tafel_cli_usage_error ("demo", "%s", error->message);

  start = g_get_monotonic_time ();

  path = tafel_cli_dup_db_path (global);
  display = g_filename_display_name (path);
  store = tafel_cli_open_store (path, &error);
  if (store == NULL)
    return tafel_cli_fail (error);

  traject = tafel_demo_create (store, &options, &error);
  if (traject == NULL)
    return tafel_cli_fail (error);

  if (!tafel_store_count (store, tafel_entity_get_id (TAFEL_ENTITY (traject)), &counts, &error))
    return tafel_cli_fail (error);

  g_print (_("Created traject %d “%s” in %s in %.2f s:\n"),
           (int) tafel_entity_get_id (TAFEL_ENTITY (traject)), tafel_traject_get_name (traject), display,
           (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
  print_counts (tafel_traject_get_region (traject), &counts);

  return TAFEL_CLI_EXIT_OK;
}
