/* tafel-geeltje.h: what providers bring in: sticky notes and their offerings */
#pragma once

#include "tafel-entity.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_GEELTJE (tafel_geeltje_get_type ())
G_DECLARE_FINAL_TYPE (TafelGeeltje, tafel_geeltje, TAFEL, GEELTJE, TafelEntity)

#define TAFEL_TYPE_AANBOD (tafel_aanbod_get_type ())
G_DECLARE_FINAL_TYPE (TafelAanbod, tafel_aanbod, TAFEL, AANBOD, TafelEntity)

#define TAFEL_GEELTJE_TEXT_MAX 2000

TafelGeeltje *tafel_geeltje_new                (gint64        traject_id);
gint64        tafel_geeltje_get_sessie_id      (TafelGeeltje *self);
gint64        tafel_geeltje_get_deelproduct_id (TafelGeeltje *self);
gint64        tafel_geeltje_get_vraagblok_id   (TafelGeeltje *self);
const char   *tafel_geeltje_get_kind           (TafelGeeltje *self);
const char   *tafel_geeltje_get_text           (TafelGeeltje *self);
gint64        tafel_geeltje_get_organisatie_id (TafelGeeltje *self);
gint64        tafel_geeltje_get_deelnemer_id   (TafelGeeltje *self);
const char   *tafel_geeltje_get_status         (TafelGeeltje *self);
const char   *tafel_geeltje_get_reason         (TafelGeeltje *self);
const char   *tafel_geeltje_get_created_at     (TafelGeeltje *self);
const char   *tafel_geeltje_get_modified_at    (TafelGeeltje *self);

TafelAanbod  *tafel_aanbod_new                 (gint64        traject_id);
const char   *tafel_aanbod_get_title           (TafelAanbod  *self);
const char   *tafel_aanbod_get_description     (TafelAanbod  *self);
const char   *tafel_aanbod_get_fit             (TafelAanbod  *self);
const char   *tafel_aanbod_get_fit_reason      (TafelAanbod  *self);
const char   *tafel_aanbod_get_evidence        (TafelAanbod  *self);
gint64        tafel_aanbod_get_deelproduct_id  (TafelAanbod  *self);
gint64        tafel_aanbod_get_organisatie_id  (TafelAanbod  *self);

G_END_DECLS
