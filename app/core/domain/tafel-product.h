/* tafel-product.h: product groups and deelproducten */
#pragma once

#include "tafel-entity.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_PRODUCTGROEP (tafel_productgroep_get_type ())
G_DECLARE_FINAL_TYPE (TafelProductgroep, tafel_productgroep, TAFEL, PRODUCTGROEP, TafelEntity)

#define TAFEL_TYPE_DEELPRODUCT (tafel_deelproduct_get_type ())
G_DECLARE_FINAL_TYPE (TafelDeelproduct, tafel_deelproduct, TAFEL, DEELPRODUCT, TafelEntity)

/* The seven aspects a municipal by-law (verordening) asks for per
 * voorziening, as column names of deelproduct; "productcode" is both an
 * aspect and the code field. */
extern const char *const tafel_verordening_aspects[];

TafelProductgroep *tafel_productgroep_new               (gint64             traject_id);
const char        *tafel_productgroep_get_name          (TafelProductgroep *self);
const char        *tafel_productgroep_get_abbreviation  (TafelProductgroep *self);
gint64             tafel_productgroep_get_position      (TafelProductgroep *self);

TafelDeelproduct  *tafel_deelproduct_new                (gint64             traject_id);
const char        *tafel_deelproduct_get_name           (TafelDeelproduct  *self);
gint64             tafel_deelproduct_get_productgroep_id (TafelDeelproduct *self);
const char        *tafel_deelproduct_get_inkoopniveau   (TafelDeelproduct  *self);
const char        *tafel_deelproduct_get_productcode    (TafelDeelproduct  *self);
const char        *tafel_deelproduct_get_uitvoeringsvariant (TafelDeelproduct *self);
gint64             tafel_deelproduct_get_position       (TafelDeelproduct  *self);
char              *tafel_deelproduct_dup_max_duur_frequentie (TafelDeelproduct *self);
gboolean           tafel_deelproduct_uses_niveau        (TafelDeelproduct  *self,
                                                         const char        *niveau);
const char        *tafel_deelproduct_get_intensiteit_eenheid (TafelDeelproduct *self);
const char        *tafel_deelproduct_get_duur_eenheid   (TafelDeelproduct  *self);
gboolean           tafel_deelproduct_is_groepsproduct   (TafelDeelproduct  *self);

G_END_DECLS
