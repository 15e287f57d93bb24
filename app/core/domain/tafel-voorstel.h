/* tafel-voorstel.h: providers' proposals per deelproduct, and the decisions
 *
 * Intensity and duration per level (TafelIntensiteit), the function mix
 * (TafelMixregel) and the group parameters (TafelGroepsparameters) share
 * one shape: a deelproduct, and either an organisation's proposal (bron
 * "voorstel", with the session it was made in) or the region's decision
 * (bron "besluit", no organisation). Amounts are decimals in hundredths
 * (tafel-decimal.h); TAFEL_DECIMAL_NONE where nothing was given.
 */
#pragma once

#include "tafel-entity.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_INTENSITEIT (tafel_intensiteit_get_type ())
G_DECLARE_FINAL_TYPE (TafelIntensiteit, tafel_intensiteit, TAFEL, INTENSITEIT, TafelEntity)

#define TAFEL_TYPE_MIXREGEL (tafel_mixregel_get_type ())
G_DECLARE_FINAL_TYPE (TafelMixregel, tafel_mixregel, TAFEL, MIXREGEL, TafelEntity)

#define TAFEL_TYPE_GROEPSPARAMETERS (tafel_groepsparameters_get_type ())
G_DECLARE_FINAL_TYPE (TafelGroepsparameters, tafel_groepsparameters, TAFEL, GROEPSPARAMETERS, TafelEntity)

/* The most hours a unit of time can hold, in hundredths. */
#define TAFEL_UREN_PER_WEEK_MAX     16800   /* 7 × 24 */
#define TAFEL_UREN_PER_MAAND_MAX    74400   /* 31 × 24 */
#define TAFEL_DAGDELEN_PER_WEEK_MAX  2100   /* 3 a day */

TafelIntensiteit      *tafel_intensiteit_new               (gint64            traject_id);
gint64                 tafel_intensiteit_get_deelproduct_id (TafelIntensiteit *self);
gint64                 tafel_intensiteit_get_organisatie_id (TafelIntensiteit *self);
gint64                 tafel_intensiteit_get_sessie_id     (TafelIntensiteit *self);
const char            *tafel_intensiteit_get_bron          (TafelIntensiteit *self);
const char            *tafel_intensiteit_get_niveau        (TafelIntensiteit *self);
gint64                 tafel_intensiteit_get_uren          (TafelIntensiteit *self);
gint64                 tafel_intensiteit_get_duur          (TafelIntensiteit *self);
const char            *tafel_intensiteit_get_toelichting   (TafelIntensiteit *self);

gboolean               tafel_intensiteit_check_uren        (const char       *eenheid,
                                                            gint64            uren,
                                                            GError          **error);

TafelMixregel         *tafel_mixregel_new                  (gint64            traject_id);
gint64                 tafel_mixregel_get_deelproduct_id   (TafelMixregel    *self);
gint64                 tafel_mixregel_get_organisatie_id   (TafelMixregel    *self);
gint64                 tafel_mixregel_get_sessie_id        (TafelMixregel    *self);
const char            *tafel_mixregel_get_bron             (TafelMixregel    *self);
gint64                 tafel_mixregel_get_functieprofiel_id (TafelMixregel   *self);
const char            *tafel_mixregel_get_opleidingsniveau (TafelMixregel    *self);
gint64                 tafel_mixregel_get_aandeel          (TafelMixregel    *self);
const char            *tafel_mixregel_get_tijdsoort        (TafelMixregel    *self);

TafelGroepsparameters *tafel_groepsparameters_new          (gint64            traject_id);
gint64                 tafel_groepsparameters_get_deelproduct_id (TafelGroepsparameters *self);
gint64                 tafel_groepsparameters_get_organisatie_id (TafelGroepsparameters *self);
gint64                 tafel_groepsparameters_get_sessie_id (TafelGroepsparameters *self);
const char            *tafel_groepsparameters_get_bron     (TafelGroepsparameters *self);

G_END_DECLS
