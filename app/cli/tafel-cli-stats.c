/* tafel-cli-stats.c: ontwikkeltafel-cli stats: the spread of the proposals
 * for one deelproduct, beside the decision
 *
 * Per level in use: n, minimum, Q1, median, Q3 (as Excel's QUARTILE.INC)
 * and maximum of the proposed hours and duration, with the decided value;
 * then the average function mix, and the group parameters of a group
 * product. --session limits the proposals to one session.
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "tafel-cli-common.h"
#include "tafel-decimal.h"
#include "tafel-error.h"
#include "tafel-voorstel-stats.h"

#define COMMAND "stats"

static char *
dup_number (double value)
{
  return isnan (value) ? g_strdup ("–") : tafel_decimal_format (tafel_decimal_from_double (value));
}

static char *
dup_decimal (gint64 value)
{
  return value == TAFEL_DECIMAL_NONE ? g_strdup ("–") : tafel_decimal_format (value);
}

static char **
summary_cells (const char         *label,
               const TafelSummary *s,
               gint64              besluit)
{
  char **cells = g_new0 (char *, 9);

  cells[0] = g_strdup (label);
  cells[1] = g_strdup_printf ("%u", s->n);
  cells[2] = dup_number (s->min);
  cells[3] = dup_number (s->q1);
  cells[4] = dup_number (s->median);
  cells[5] = dup_number (s->q3);
  cells[6] = dup_number (s->max);
  cells[7] = dup_decimal (besluit);
  return cells;
}

static void
print_levels (TafelDeelproductStats *stats,
              gboolean               uren)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char *headers[] = { _("Level"), _("n"), _("min"), _("Q1"), _("median"), _("Q3"), _("max"), _("decided"), NULL };

  g_ptr_array_add (rows, g_strdupv ((char **) headers));
  for (guint i = 0; i < stats->niveaus->len; i++)
    {
      TafelNiveauStats *n = g_ptr_array_index (stats->niveaus, i);
      const char *label = _(tafel_choice_label (tafel_niveaus, n->niveau));

      g_ptr_array_add (rows, uren ? summary_cells (label, &n->uren_summary, n->besluit_uren)
                                  : summary_cells (label, &n->duur_summary, n->besluit_duur));
    }
  tafel_cli_print_table (rows, 8, 0xfe);
}

static gboolean
print_mix (TafelStore            *store,
           TafelDeelproductStats *stats,
           GError               **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char *headers[] = { _("Function"), _("Time"), _("average %"), _("n"), _("decided %"), NULL };

  if (stats->mix->len == 0)
    {
      g_print ("%s\n", _("No function mix proposed yet."));
      return TRUE;
    }

  g_ptr_array_add (rows, g_strdupv ((char **) headers));
  for (guint i = 0; i < stats->mix->len; i++)
    {
      TafelMixGemiddelde *m = &g_array_index (stats->mix, TafelMixGemiddelde, i);
      g_autoptr(TafelFunctieprofiel) profiel = tafel_store_get (store, TAFEL_TYPE_FUNCTIEPROFIEL,
                                                                m->functieprofiel_id, error);
      char **cells = g_new0 (char *, 6);

      if (profiel == NULL)
        {
          g_strfreev (cells);
          return FALSE;
        }
      cells[0] = g_strdup (tafel_functieprofiel_get_name (profiel));
      cells[1] = g_strdup (_(tafel_choice_label (tafel_tijdsoorten, m->tijdsoort)));
      cells[2] = dup_number (m->gemiddeld);
      cells[3] = g_strdup_printf ("%u", m->n);
      cells[4] = dup_number (m->besluit);
      g_ptr_array_add (rows, cells);
    }
  tafel_cli_print_table (rows, 5, 0x1c);
  return TRUE;
}

static void
print_groep (TafelDeelproductStats *stats)
{
  static const char *const labels[] = {
    N_("youths per group"), N_("expected occupancy"), N_("hours per meeting"),
    N_("meetings per week"), N_("direct staff per group"), N_("indirect staff per group"),
  };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char *headers[] = { _("Parameter"), _("n"), _("min"), _("Q1"), _("median"), _("Q3"), _("max"), _("decided"), NULL };

  g_ptr_array_add (rows, g_strdupv ((char **) headers));
  for (guint c = 0; c < G_N_ELEMENTS (labels); c++)
    g_ptr_array_add (rows, summary_cells (_(labels[c]), &stats->groep[c], stats->groep_besluit[c]));
  tafel_cli_print_table (rows, 8, 0xfe);
}

int
tafel_cli_stats (TafelCliGlobal *global,
                 int             argc,
                 char          **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelStore) store = NULL;
  g_autoptr(TafelTraject) traject = NULL;
  g_autoptr(TafelDeelproduct) dp = NULL;
  g_autoptr(TafelSessie) sessie = NULL;
  g_autoptr(TafelDeelproductStats) stats = NULL;
  g_autofree char *db_option = NULL;
  g_autofree char *traject_arg = NULL;
  g_autofree char *deelproduct_arg = NULL;
  g_autofree char *session_arg = NULL;
  gint64 traject_id;
  const GOptionEntry entries[] = {
    { "traject", 't', 0, G_OPTION_ARG_STRING, &traject_arg,
      N_("The traject, by name or id (see “list”)"), N_("NAME|ID") },
    { "deelproduct", 'd', 0, G_OPTION_ARG_STRING, &deelproduct_arg,
      N_("The deelproduct, by name, the start of its name, or id"), N_("NAME|ID") },
    { "session", 's', 0, G_OPTION_ARG_STRING, &session_arg,
      N_("Only the proposals made in this session (default: all sessions)"), N_("NAME|ID") },
    TAFEL_CLI_DB_ENTRY (&db_option),
    { NULL }
  };

  context = tafel_cli_context_new (COMMAND, _("Show the spread of the proposals for one deelproduct, beside the decision."),
                                   entries);
  if (!tafel_cli_parse (context, COMMAND, global, &db_option, &argc, &argv))
    return TAFEL_CLI_EXIT_USAGE;

  if (traject_arg == NULL || *g_strstrip (traject_arg) == '\0')
    return tafel_cli_usage_error (COMMAND, _("Say which traject with --traject NAME or --traject ID."));
  if (deelproduct_arg == NULL || *g_strstrip (deelproduct_arg) == '\0')
    return tafel_cli_usage_error (COMMAND, _("Say which deelproduct with --deelproduct NAME or --deelproduct ID."));
  if (session_arg != NULL && *g_strstrip (session_arg) == '\0')
    return tafel_cli_usage_error (COMMAND, _("--session needs the name or id of a session."));

  store = tafel_cli_open_existing_store (global, &error);
  if (store == NULL)
    return tafel_cli_fail (error);

  traject = tafel_store_find_traject (store, traject_arg, &error);
  if (traject == NULL)
    return tafel_cli_fail (error);
  traject_id = tafel_entity_get_id (TAFEL_ENTITY (traject));

  dp = tafel_cli_find_entity (store, TAFEL_TYPE_DEELPRODUCT, traject_id, deelproduct_arg, _("deelproduct"), &error);
  if (dp == NULL)
    return tafel_cli_fail (error);
  if (session_arg != NULL)
    {
      sessie = tafel_cli_find_entity (store, TAFEL_TYPE_SESSIE, traject_id, session_arg, _("session"), &error);
      if (sessie == NULL)
        return tafel_cli_fail (error);
    }

  stats = tafel_deelproduct_stats_compute (store, dp, sessie ? tafel_entity_get_id (TAFEL_ENTITY (sessie)) : 0, &error);
  if (stats == NULL)
    return tafel_cli_fail (error);

  g_print ("%s — %s\n", tafel_deelproduct_get_name (dp), tafel_traject_get_name (traject));
  g_print (_("Proposals of: %s\n"), sessie ? tafel_sessie_get_name (sessie) : _("all sessions"));
  g_print ("\n");
  g_print (_("Intensity, in %s\n"), _(tafel_choice_label (tafel_intensiteit_eenheden,
                                                           tafel_deelproduct_get_intensiteit_eenheid (dp))));
  print_levels (stats, TRUE);
  g_print ("\n");
  g_print (_("Duration, in %s\n"), _(tafel_choice_label (tafel_duur_eenheden, tafel_deelproduct_get_duur_eenheid (dp))));
  print_levels (stats, FALSE);
  g_print ("\n");
  g_print (_("Function mix, average of %u proposals (direct time) and %u (indirect time)\n"),
           stats->n_mix_direct, stats->n_mix_indirect);
  if (!print_mix (store, stats, &error))
    return tafel_cli_fail (error);
  if (tafel_deelproduct_is_groepsproduct (dp))
    {
      g_print ("\n%s\n", _("Group parameters"));
      print_groep (stats);
    }

  return TAFEL_CLI_EXIT_OK;
}
