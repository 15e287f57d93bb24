/* tafel-export-pve-intensiteit.c: the decided intensity, duration, function
 * mix and group parameters, beside the spread of the providers' proposals
 *
 * Two sheets of the Programma van Eisen. "Intensity and duration" has one
 * row per deelproduct and level in use: the decided hours and duration
 * with, beside them, n, minimum, quartiles and maximum of the proposals
 * and how far the decision is from their median. "Function mix" has the
 * decided shares per function profile with the average proposed share,
 * and for group products the decided group parameters with the mean and
 * median of the proposals. Every cell without a value stays empty, never
 * 0, so that a filter on "(Blanks)" finds what is still open.
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "tafel-besluit.h"
#include "tafel-decimal.h"
#include "tafel-export-pve-private.h"

static const char *const intensiteit_headers[] = {
  N_("Productcode"),
  N_("Deelproduct"),
  N_("Level"),
  N_("Unit"),
  N_("Decided hours"),
  N_("Decided duration"),
  N_("Duration unit"),
  /* Translators: column headers of the spread of the proposed hours;
   * n is the number of proposals, Q1 and Q3 the first and third quartile */
  N_("Hours: n"),
  N_("Hours: minimum"),
  N_("Hours: Q1"),
  N_("Hours: median"),
  N_("Hours: Q3"),
  N_("Hours: maximum"),
  /* Translators: the decided hours minus the median of the proposals */
  N_("Hours: decision − median"),
  N_("Duration: n"),
  N_("Duration: minimum"),
  N_("Duration: Q1"),
  N_("Duration: median"),
  N_("Duration: Q3"),
  N_("Duration: maximum"),
  N_("Duration: decision − median"),
};

static const char *const functiemix_headers[] = {
  N_("Productcode"),
  N_("Deelproduct"),
  N_("Kind"),
  N_("Function profile or parameter"),
  N_("Education level"),
  N_("Kind of time"),
  N_("Decided"),
  N_("Proposed: average"),
  N_("Proposed: median"),
  /* Translators: how many proposals the average and median are taken over */
  N_("Proposals (n)"),
  N_("Proposals naming the function"),
};

/* The group parameters in the order of TafelGroepVeld. */
static const char *const groep_labels[TAFEL_N_GROEP] = {
  N_("Youths per group"),
  N_("Expected occupancy"),
  N_("Hours per meeting"),
  N_("Meetings per week"),
  N_("Direct staff per group"),
  N_("Indirect staff per group"),
};

gboolean
_tafel_pve_load_stats (TafelPveExport  *ex,
                       GError         **error)
{
  g_autoptr(GPtrArray) stats = NULL;

  if (ex->stats != NULL)
    return TRUE;

  stats = g_ptr_array_new_full (ex->deelproducten->len, (GDestroyNotify) tafel_deelproduct_stats_free);
  for (guint i = 0; i < ex->deelproducten->len; i++)
    {
      TafelDeelproductStats *s = tafel_deelproduct_stats_compute (ex->store, g_ptr_array_index (ex->deelproducten, i),
                                                                  0, error);

      if (s == NULL)
        return FALSE;
      g_ptr_array_add (stats, s);
    }

  ex->stats = g_steal_pointer (&stats);
  return TRUE;
}

static double
decimal_or_nan (gint64 value)
{
  return value == TAFEL_DECIMAL_NONE ? NAN : tafel_decimal_to_double (value);
}

/* n, minimum, Q1, median, Q3, maximum and decision − median from @col on. */
static void
write_spread (TafelXlsxSheet     *sheet,
              guint32             row,
              guint16             col,
              const TafelSummary *summary,
              double              decided)
{
  tafel_xlsx_number (sheet, row, col++, summary->n);
  tafel_xlsx_value (sheet, row, col++, summary->min, TAFEL_XLSX_DECIMAL);
  tafel_xlsx_value (sheet, row, col++, summary->q1, TAFEL_XLSX_DECIMAL);
  tafel_xlsx_value (sheet, row, col++, summary->median, TAFEL_XLSX_DECIMAL);
  tafel_xlsx_value (sheet, row, col++, summary->q3, TAFEL_XLSX_DECIMAL);
  tafel_xlsx_value (sheet, row, col++, summary->max, TAFEL_XLSX_DECIMAL);
  /* NAN when either is missing: then the cell stays empty */
  tafel_xlsx_value (sheet, row, col, decided - summary->median, TAFEL_XLSX_DECIMAL);
}

gboolean
_tafel_pve_write_intensiteit (TafelPveExport  *ex,
                              GError         **error)
{
  TafelXlsxSheet *sheet;
  guint32 row = 0;

  if (!_tafel_pve_load_stats (ex, error))
    return FALSE;

  /* Translators: a sheet name; at most 31 characters, none of [ ] : * ? / \ in it */
  sheet = tafel_xlsx_add_sheet (ex->xlsx, _("Intensity and duration"), error);
  if (sheet == NULL)
    return FALSE;

  _tafel_pve_write_header (sheet, row++, intensiteit_headers, G_N_ELEMENTS (intensiteit_headers));

  for (guint i = 0; i < ex->deelproducten->len; i++)
    {
      TafelDeelproduct *dp = g_ptr_array_index (ex->deelproducten, i);
      TafelDeelproductStats *stats = g_ptr_array_index (ex->stats, i);
      const char *unit = tafel_choice_label (tafel_intensiteit_eenheden, tafel_deelproduct_get_intensiteit_eenheid (dp));
      const char *duur_unit = tafel_choice_label (tafel_duur_eenheden, tafel_deelproduct_get_duur_eenheid (dp));

      for (guint j = 0; j < stats->niveaus->len; j++, row++)
        {
          TafelNiveauStats *n = g_ptr_array_index (stats->niveaus, j);
          double uren = decimal_or_nan (n->besluit_uren);
          double duur = decimal_or_nan (n->besluit_duur);

          /* A code such as 054001 is text: it keeps its leading zero. */
          tafel_xlsx_text (sheet, row, 0, tafel_deelproduct_get_productcode (dp));
          tafel_xlsx_text (sheet, row, 1, tafel_deelproduct_get_name (dp));
          tafel_xlsx_text (sheet, row, 2, tafel_choice_label (tafel_niveaus, n->niveau));
          tafel_xlsx_text (sheet, row, 3, unit);
          tafel_xlsx_value (sheet, row, 4, uren, TAFEL_XLSX_DECIMAL);
          tafel_xlsx_value (sheet, row, 5, duur, TAFEL_XLSX_DECIMAL);
          tafel_xlsx_text (sheet, row, 6, duur_unit);
          write_spread (sheet, row, 7, &n->uren_summary, uren);
          write_spread (sheet, row, 14, &n->duur_summary, duur);

          if (!tafel_xlsx_check (ex->xlsx, error))
            return FALSE;
        }
    }

  tafel_xlsx_table (sheet, 0, row - 1, G_N_ELEMENTS (intensiteit_headers));
  tafel_xlsx_print (sheet, tafel_traject_get_name (ex->traject));
  return tafel_xlsx_check (ex->xlsx, error);
}

/* "deelproduct/profiel/tijdsoort" → the education level of the decided
 * mix line (an id of tafel_opleidingsniveaus), which may differ from the
 * profile's own. */
static GHashTable *
load_decided_levels (TafelPveExport  *ex,
                     GError         **error)
{
  g_autoptr(GHashTable) levels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _tafel_store_prepare (ex->store,
                               "SELECT deelproduct_id, functieprofiel_id, tijdsoort, opleidingsniveau FROM mixregel"
                               " WHERE traject_id = ?1 AND bron = 'besluit' AND deleted_at IS NULL ORDER BY id",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, ex->traject_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *level = tafel_choice_intern (tafel_opleidingsniveaus, (const char *) sqlite3_column_text (stmt, 3));
      char *key = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT "/%s",
                                   (gint64) sqlite3_column_int64 (stmt, 0), (gint64) sqlite3_column_int64 (stmt, 1),
                                   (const char *) sqlite3_column_text (stmt, 2));

      /* the first line counts when one profile has two */
      if (level == NULL || g_hash_table_contains (levels, key))
        g_free (key);
      else
        g_hash_table_insert (levels, key, (gpointer) level);
    }

  if (!_tafel_pve_finish_query (ex, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&levels);
}

/* The first columns of a row of the Function mix sheet. */
static void
write_mix_start (TafelXlsxSheet   *sheet,
                 guint32           row,
                 TafelDeelproduct *dp,
                 const char       *kind,
                 const char       *item)
{
  tafel_xlsx_text (sheet, row, 0, tafel_deelproduct_get_productcode (dp));
  tafel_xlsx_text (sheet, row, 1, tafel_deelproduct_get_name (dp));
  tafel_xlsx_text (sheet, row, 2, kind);
  tafel_xlsx_text (sheet, row, 3, item);
}

gboolean
_tafel_pve_write_functiemix (TafelPveExport  *ex,
                             GError         **error)
{
  g_autoptr(GPtrArray) profielen = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) decided_levels = NULL;
  TafelXlsxSheet *sheet;
  guint32 row = 0;

  if (!_tafel_pve_load_stats (ex, error))
    return FALSE;

  profielen = tafel_store_list (ex->store, TAFEL_TYPE_FUNCTIEPROFIEL, ex->traject_id, error);
  if (profielen == NULL)
    return FALSE;
  for (guint i = 0; i < profielen->len; i++)
    {
      TafelEntity *p = g_ptr_array_index (profielen, i);

      g_hash_table_insert (by_id, GSIZE_TO_POINTER ((gsize) tafel_entity_get_id (p)), p);
    }

  decided_levels = load_decided_levels (ex, error);
  if (decided_levels == NULL)
    return FALSE;

  /* Translators: a sheet name; at most 31 characters, none of [ ] : * ? / \ in it */
  sheet = tafel_xlsx_add_sheet (ex->xlsx, _("Function mix"), error);
  if (sheet == NULL)
    return FALSE;

  _tafel_pve_write_header (sheet, row++, functiemix_headers, G_N_ELEMENTS (functiemix_headers));

  for (guint i = 0; i < ex->deelproducten->len; i++)
    {
      TafelDeelproduct *dp = g_ptr_array_index (ex->deelproducten, i);
      TafelDeelproductStats *stats = g_ptr_array_index (ex->stats, i);

      for (guint j = 0; j < stats->mix->len; j++, row++)
        {
          const TafelMixGemiddelde *m = &g_array_index (stats->mix, TafelMixGemiddelde, j);
          TafelFunctieprofiel *p = g_hash_table_lookup (by_id, GSIZE_TO_POINTER ((gsize) m->functieprofiel_id));
          g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT "/%s",
                                                  stats->deelproduct_id, m->functieprofiel_id, m->tijdsoort);
          const char *level = g_hash_table_lookup (decided_levels, key);
          guint proposals = g_str_equal (m->tijdsoort, "direct") ? stats->n_mix_direct : stats->n_mix_indirect;

          if (level == NULL && p != NULL)
            level = tafel_functieprofiel_get_opleidingsniveau (p);

          write_mix_start (sheet, row, dp, _("Function mix"), p != NULL ? tafel_functieprofiel_get_name (p) : NULL);
          tafel_xlsx_text (sheet, row, 4, level != NULL ? tafel_choice_label (tafel_opleidingsniveaus, level) : NULL);
          tafel_xlsx_text (sheet, row, 5, tafel_choice_label (tafel_tijdsoorten, m->tijdsoort));
          tafel_xlsx_value (sheet, row, 6, m->besluit / 100.0, TAFEL_XLSX_PERCENT);
          if (proposals > 0)
            tafel_xlsx_value (sheet, row, 7, m->gemiddeld / 100.0, TAFEL_XLSX_PERCENT);
          tafel_xlsx_number (sheet, row, 9, proposals);
          tafel_xlsx_number (sheet, row, 10, m->n);

          if (!tafel_xlsx_check (ex->xlsx, error))
            return FALSE;
        }

      if (!tafel_deelproduct_is_groepsproduct (dp))
        continue;

      for (guint c = 0; c < TAFEL_N_GROEP; c++, row++)
        {
          const TafelSummary *s = &stats->groep[c];
          /* the occupancy is a percentage, stored as 85 for 85% */
          double scale = c == TAFEL_GROEP_BEZETTING ? 100.0 : 1.0;
          TafelXlsxNumFormat format = c == TAFEL_GROEP_BEZETTING ? TAFEL_XLSX_PERCENT : TAFEL_XLSX_DECIMAL;

          write_mix_start (sheet, row, dp, _("Group parameter"), _(groep_labels[c]));
          tafel_xlsx_value (sheet, row, 6, decimal_or_nan (stats->groep_besluit[c]) / scale, format);
          tafel_xlsx_value (sheet, row, 7, s->mean / scale, format);
          tafel_xlsx_value (sheet, row, 8, s->median / scale, format);
          tafel_xlsx_number (sheet, row, 9, s->n);

          if (!tafel_xlsx_check (ex->xlsx, error))
            return FALSE;
        }
    }

  tafel_xlsx_table (sheet, 0, row - 1, G_N_ELEMENTS (functiemix_headers));
  tafel_xlsx_print (sheet, tafel_traject_get_name (ex->traject));
  return tafel_xlsx_check (ex->xlsx, error);
}
