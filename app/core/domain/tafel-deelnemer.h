/* tafel-deelnemer.h: organisations and the people who take part */
#pragma once

#include "tafel-entity.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_ORGANISATIE (tafel_organisatie_get_type ())
G_DECLARE_FINAL_TYPE (TafelOrganisatie, tafel_organisatie, TAFEL, ORGANISATIE, TafelEntity)

#define TAFEL_TYPE_DEELNEMER (tafel_deelnemer_get_type ())
G_DECLARE_FINAL_TYPE (TafelDeelnemer, tafel_deelnemer, TAFEL, DEELNEMER, TafelEntity)

TafelOrganisatie *tafel_organisatie_new              (gint64            traject_id);
const char       *tafel_organisatie_get_name         (TafelOrganisatie *self);

TafelDeelnemer   *tafel_deelnemer_new                (gint64            traject_id);
const char       *tafel_deelnemer_get_name           (TafelDeelnemer   *self);
gint64            tafel_deelnemer_get_organisatie_id (TafelDeelnemer   *self);
const char       *tafel_deelnemer_get_function       (TafelDeelnemer   *self);
const char       *tafel_deelnemer_get_role           (TafelDeelnemer   *self);
const char       *tafel_deelnemer_get_advies         (TafelDeelnemer   *self);

G_END_DECLS
