/* tafel-controle.h: the completeness checks before a final export
 *
 * Each finding says what is missing and where, in Dutch when the locale
 * is, and names the deelproduct, requirement or geeltjes it is about so
 * that the interface can lead there. The checks, in this order:
 *
 *   aspect     a deelproduct leaves an aspect of the verordening empty
 *   besluit    a deelproduct has no decided intensity, duration or mix
 *   open       geeltjes of a deelproduct (or general ones) are still open
 *   leeg       a requirement has no text
 *   gewicht    the weights of the wensen do not add up to 100%
 *   dubbel     two requirements have the same text
 */
#pragma once

#include "tafel-store.h"

G_BEGIN_DECLS

typedef struct {
  const char *soort;           /* one of the ids above */
  char       *melding;         /* translated */
  gint64      deelproduct_id;  /* 0 when not about one */
  gint64      eis_id;          /* 0 when not about one */
  guint       aantal;          /* e.g. the open geeltjes; 1 otherwise */
} TafelBevinding;

void       tafel_bevinding_free (TafelBevinding *bevinding);
GPtrArray *tafel_controle_run   (TafelStore     *store,
                                 gint64          traject_id,
                                 GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TafelBevinding, tafel_bevinding_free)

G_END_DECLS
