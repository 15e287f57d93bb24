/* tafel-kostprijs.h: the prices of a traject's deelproducten, from what is
 * stored: the cost-price parameters, the function profiles and the decided
 * function mix, intensity, duration and group parameters
 *
 * The arithmetic is tafel-tarief.h's; this reads its inputs from the
 * store. A deelproduct that cannot be priced yet (no decided function mix,
 * a mix that does not add up, a profile without salary cost) gets a
 * translated reason in `probleem` and NAN prices, not an error: only a
 * failing database is an error.
 */
#pragma once

#include "tafel-store.h"
#include "tafel-tarief.h"

G_BEGIN_DECLS

/* What every price of a traject is built from. */
typedef struct {
  TafelTariefParameters params;
  GArray               *functies;     /* TafelTariefFunctie; name points into `names` */
  GArray               *profiel_ids;  /* gint64 functieprofiel id per functie index */
  GPtrArray            *names;        /* char * */
  gboolean              voorbeeld;    /* some salary cost is still an example value */
} TafelKostprijsInvoer;

typedef struct {
  gint64      deelproduct_id;
  char       *probleem;          /* why it has no price yet, or NULL */
  GArray     *mix;               /* TafelTariefMixRegel of the decided mix */
  double      indirect_per_direct;
  double      uurprijs;          /* per direct hour; NAN with a probleem */
  double      groep_per_client;  /* per client per group hour; NAN unless a priced group product */
  double      uren[4];           /* hours of a whole trajectory per level (tafel_niveaus order); NAN where not decided */
  double      prijs[4];          /* price of a whole trajectory per level; NAN likewise */
} TafelKostprijs;

TafelKostprijsInvoer *tafel_kostprijs_invoer_load (TafelStore           *store,
                                                   gint64                traject_id,
                                                   GError              **error);
void                  tafel_kostprijs_invoer_free (TafelKostprijsInvoer *invoer);
TafelKostprijs       *tafel_kostprijs_compute     (TafelStore           *store,
                                                   const TafelKostprijsInvoer *invoer,
                                                   TafelDeelproduct     *deelproduct,
                                                   GError              **error);
void                  tafel_kostprijs_free        (TafelKostprijs       *kostprijs);
GPtrArray            *tafel_kostprijs_explain     (const TafelKostprijsInvoer *invoer,
                                                   const TafelKostprijs *kostprijs);

TafelEenheid          tafel_kostprijs_eenheid     (const char           *intensiteit_eenheid);
TafelDuurEenheid      tafel_kostprijs_duur_eenheid (const char          *duur_eenheid);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TafelKostprijsInvoer, tafel_kostprijs_invoer_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TafelKostprijs, tafel_kostprijs_free)

G_END_DECLS
