/* tafel-traject.h: a traject, its question blocks and its sessions */
#pragma once

#include "tafel-entity.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_TRAJECT (tafel_traject_get_type ())
G_DECLARE_FINAL_TYPE (TafelTraject, tafel_traject, TAFEL, TRAJECT, TafelEntity)

#define TAFEL_TYPE_VRAAGBLOK (tafel_vraagblok_get_type ())
G_DECLARE_FINAL_TYPE (TafelVraagblok, tafel_vraagblok, TAFEL, VRAAGBLOK, TafelEntity)

#define TAFEL_TYPE_SESSIE (tafel_sessie_get_type ())
G_DECLARE_FINAL_TYPE (TafelSessie, tafel_sessie, TAFEL, SESSIE, TafelEntity)

/* Limits shared with the user interface. */
#define TAFEL_NAME_MAX        200
#define TAFEL_LONG_TEXT_MAX   20000

TafelTraject   *tafel_traject_new                    (void);
const char     *tafel_traject_get_name               (TafelTraject   *self);
const char     *tafel_traject_get_region             (TafelTraject   *self);
const char     *tafel_traject_get_perceel            (TafelTraject   *self);
const char     *tafel_traject_get_uitvoeringsvariant (TafelTraject   *self);
const char     *tafel_traject_get_status             (TafelTraject   *self);
const char     *tafel_traject_get_template           (TafelTraject   *self);
const char     *tafel_traject_get_modified_at        (TafelTraject   *self);

TafelVraagblok *tafel_vraagblok_new                  (gint64          traject_id);
const char     *tafel_vraagblok_get_title            (TafelVraagblok *self);
const char     *tafel_vraagblok_get_questions        (TafelVraagblok *self);
gint64          tafel_vraagblok_get_position         (TafelVraagblok *self);

TafelSessie    *tafel_sessie_new                     (gint64          traject_id);
const char     *tafel_sessie_get_name                (TafelSessie    *self);
const char     *tafel_sessie_get_date                (TafelSessie    *self);
const char     *tafel_sessie_get_start_time          (TafelSessie    *self);
const char     *tafel_sessie_get_end_time            (TafelSessie    *self);
const char     *tafel_sessie_get_theme               (TafelSessie    *self);
const char     *tafel_sessie_get_location            (TafelSessie    *self);
const char     *tafel_sessie_get_deadline            (TafelSessie    *self);
char           *tafel_sessie_dup_label               (TafelSessie    *self);

G_END_DECLS
