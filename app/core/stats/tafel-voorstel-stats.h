/* tafel-voorstel-stats.h: the spread of the providers' proposals for one
 * deelproduct, beside the region's decision
 *
 * Per intensity level in use: every proposal's hours and duration (in the
 * deelproduct's units, as doubles), their summaries (n, min, quartiles as
 * Excel's QUARTILE.INC, median, max) and the decided values. Per function
 * profile and kind of time: the average share over all proposals of that
 * kind of time (a proposal without the function counts as 0%, so the
 * averages add up to 100%), and the decided share. Proposals of deleted
 * organisations or deelproducten do not count. @sessie_id filters the
 * proposals on the session they were made in (0: all sessions); decisions
 * are never filtered.
 */
#pragma once

#include "tafel-stats.h"
#include "tafel-store.h"

G_BEGIN_DECLS

typedef struct {
  gint64 organisatie_id;
  gint64 sessie_id;
  double value;
} TafelVoorstelPunt;

typedef struct {
  const char  *niveau;        /* an id of tafel_niveaus */
  GArray      *uren;          /* TafelVoorstelPunt, in hours (or day parts) per unit */
  GArray      *duur;          /* TafelVoorstelPunt, in weeks or months */
  TafelSummary uren_summary;
  TafelSummary duur_summary;
  gint64       besluit_uren;  /* hundredths, or TAFEL_DECIMAL_NONE */
  gint64       besluit_duur;
} TafelNiveauStats;

typedef struct {
  gint64      functieprofiel_id;
  const char *tijdsoort;      /* "direct" or "indirect" */
  double      gemiddeld;      /* average share in percent */
  guint       n;              /* proposals that name this function */
  double      besluit;        /* decided share in percent, or NAN */
} TafelMixGemiddelde;

typedef struct {
  gint64     deelproduct_id;
  GPtrArray *niveaus;         /* TafelNiveauStats *, the levels in use, lightest first */
  GArray    *mix;             /* TafelMixGemiddelde: direct first, then by share, largest first */
  guint      n_mix_direct;    /* proposals with a direct mix */
  guint      n_mix_indirect;
  /* group parameters, in the column order of the groepsparameters table
   * (jeugdigen_per_groep, bezetting, uren_per_bijeenkomst,
   * bijeenkomsten_per_week, direct_per_groep, indirect_per_groep); the
   * values in units (8 youths, 85 for 85%) */
  TafelSummary groep[6];
  gint64       groep_besluit[6];   /* hundredths, or TAFEL_DECIMAL_NONE */
} TafelDeelproductStats;

TafelDeelproductStats *tafel_deelproduct_stats_compute (TafelStore             *store,
                                                        TafelDeelproduct       *deelproduct,
                                                        gint64                  sessie_id,
                                                        GError                **error);
void                   tafel_deelproduct_stats_free    (TafelDeelproductStats  *stats);
TafelNiveauStats      *tafel_deelproduct_stats_get_niveau (TafelDeelproductStats *stats,
                                                        const char             *niveau);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TafelDeelproductStats, tafel_deelproduct_stats_free)

G_END_DECLS
