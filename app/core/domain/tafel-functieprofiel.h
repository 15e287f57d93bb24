/* tafel-functieprofiel.h: the function profiles of a traject and its
 * cost-price parameters
 *
 * A function profile (jeugdzorgwerker HBO, GZ-psycholoog …) carries the
 * hourly salary cost from its CAO scale, marked as an example value until
 * the region replaces it, and the share of paid hours that is
 * client-bound. TafelTariefmodel holds the surcharges, overhead, risk and
 * indexation of one traject: one row per traject. All amounts are decimals
 * in hundredths (euros → cents, percentages → hundredths of a percent).
 */
#pragma once

#include "tafel-entity.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_FUNCTIEPROFIEL (tafel_functieprofiel_get_type ())
G_DECLARE_FINAL_TYPE (TafelFunctieprofiel, tafel_functieprofiel, TAFEL, FUNCTIEPROFIEL, TafelEntity)

#define TAFEL_TYPE_TARIEFMODEL (tafel_tariefmodel_get_type ())
G_DECLARE_FINAL_TYPE (TafelTariefmodel, tafel_tariefmodel, TAFEL, TARIEFMODEL, TafelEntity)

TafelFunctieprofiel *tafel_functieprofiel_new                (gint64               traject_id);
const char          *tafel_functieprofiel_get_name           (TafelFunctieprofiel *self);
const char          *tafel_functieprofiel_get_opleidingsniveau (TafelFunctieprofiel *self);
const char          *tafel_functieprofiel_get_cao_schaal     (TafelFunctieprofiel *self);
gint64               tafel_functieprofiel_get_uurloon        (TafelFunctieprofiel *self);
gboolean             tafel_functieprofiel_is_voorbeeld       (TafelFunctieprofiel *self);
gint64               tafel_functieprofiel_get_productiviteit (TafelFunctieprofiel *self);

TafelTariefmodel    *tafel_tariefmodel_new                   (gint64               traject_id);

G_END_DECLS
