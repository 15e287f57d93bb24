/* tafel-besluit.h: entering proposals and deciding, each in one step
 *
 * A key (deelproduct, organisation, session) names one provider's
 * proposal; organisation 0 names the region's decision (its session is
 * always 0). Every call is one transaction: it stores everything or,
 * with a clear message, nothing.
 */
#pragma once

#include "tafel-store.h"

G_BEGIN_DECLS

typedef struct {
  gint64      functieprofiel_id;
  const char *opleidingsniveau;   /* NULL: the profile's own */
  gint64      aandeel;            /* hundredths of a percent: 6000 is 60% */
  const char *tijdsoort;          /* "direct" or "indirect" */
} TafelMixInvoer;

/* The group parameters in the order of the groepsparameters table. */
typedef enum {
  TAFEL_GROEP_JEUGDIGEN,
  TAFEL_GROEP_BEZETTING,
  TAFEL_GROEP_UREN_PER_BIJEENKOMST,
  TAFEL_GROEP_BIJEENKOMSTEN_PER_WEEK,
  TAFEL_GROEP_DIRECT,
  TAFEL_GROEP_INDIRECT,
  TAFEL_N_GROEP,
} TafelGroepVeld;

extern const char *const tafel_groep_kolommen[TAFEL_N_GROEP];

gboolean tafel_intensiteit_put      (TafelStore       *store,
                                     TafelDeelproduct *deelproduct,
                                     gint64            organisatie_id,
                                     gint64            sessie_id,
                                     const char       *niveau,
                                     gint64            uren,
                                     gint64            duur,
                                     GError          **error);
gboolean tafel_mix_replace          (TafelStore       *store,
                                     TafelDeelproduct *deelproduct,
                                     gint64            organisatie_id,
                                     gint64            sessie_id,
                                     const TafelMixInvoer *lines,
                                     guint             n_lines,
                                     GError          **error);
gboolean tafel_mix_check            (const TafelMixInvoer *lines,
                                     guint             n_lines,
                                     GError          **error);
gboolean tafel_groep_put            (TafelStore       *store,
                                     TafelDeelproduct *deelproduct,
                                     gint64            organisatie_id,
                                     gint64            sessie_id,
                                     const gint64      values[TAFEL_N_GROEP],
                                     GError          **error);
gboolean tafel_besluit_take_median  (TafelStore       *store,
                                     TafelDeelproduct *deelproduct,
                                     gint64            sessie_id,
                                     GError          **error);

G_END_DECLS
