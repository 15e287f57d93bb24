/* tafel-geeltje.c: what providers bring in: sticky notes and their offerings */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tafel-error.h"
#include "tafel-geeltje.h"
#include "tafel-traject.h"

struct _TafelGeeltje
{
  TafelEntity parent_instance;

  gint64      traject_id;
  gint64      sessie_id;
  gint64      deelproduct_id;
  gint64      vraagblok_id;
  const char *kind;
  char       *text;
  gint64      organisatie_id;
  gint64      deelnemer_id;
  const char *status;
  char       *reason;
  gint64      inlevering_id;
  char       *herkomst;
  char       *created_at;
  char       *modified_at;
};

struct _TafelAanbod
{
  TafelEntity parent_instance;

  gint64      traject_id;
  gint64      organisatie_id;
  gint64      deelproduct_id;
  char       *title;
  char       *description;
  const char *fit;
  char       *fit_reason;
  const char *evidence;
  gint64      inlevering_id;
  char       *herkomst;
  char       *created_at;
  char       *modified_at;
};

/* A geeltje that is not taken into the PvE must say why. */
static gboolean
check_geeltje (TafelEntity *proposed,
               GError     **error)
{
  TafelGeeltje *self = TAFEL_GEELTJE (proposed);

  if (g_str_equal (self->status, "niet_verwerkt") && *self->reason == '\0')
    {
      g_autofree char *where = tafel_entity_dup_description (proposed);

      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID,
                   _("%s: give a reason why it is not processed."), where);
      return FALSE;
    }

  return TRUE;
}

static const TafelField geeltje_fields[] = {
  TAFEL_TRAJECT_FIELD (TafelGeeltje),
  { "sessie_id", TAFEL_FIELD_REF, G_STRUCT_OFFSET (TafelGeeltje, sessie_id), N_("session"),
    0, 0, NULL, "sessie", 0 },
  { "deelproduct_id", TAFEL_FIELD_REF, G_STRUCT_OFFSET (TafelGeeltje, deelproduct_id),
    N_("deelproduct"), 0, 0, NULL, "deelproduct", 0 },
  { "vraagblok_id", TAFEL_FIELD_REF, G_STRUCT_OFFSET (TafelGeeltje, vraagblok_id),
    N_("question block"), 0, 0, NULL, "vraagblok", 0 },
  { "kind", TAFEL_FIELD_CHOICE, G_STRUCT_OFFSET (TafelGeeltje, kind), N_("kind"),
    0, 0, tafel_geeltje_kinds, NULL, 0 },
  { "text", TAFEL_FIELD_LONG_TEXT, G_STRUCT_OFFSET (TafelGeeltje, text), N_("text"),
    1, TAFEL_GEELTJE_TEXT_MAX, NULL, NULL, TAFEL_FIELD_REQUIRED },
  { "organisatie_id", TAFEL_FIELD_REF, G_STRUCT_OFFSET (TafelGeeltje, organisatie_id),
    N_("organisation"), 0, 0, NULL, "organisatie", 0 },
  { "deelnemer_id", TAFEL_FIELD_REF, G_STRUCT_OFFSET (TafelGeeltje, deelnemer_id),
    N_("participant"), 0, 0, NULL, "deelnemer", 0 },
  { "status", TAFEL_FIELD_CHOICE, G_STRUCT_OFFSET (TafelGeeltje, status), N_("processing status"),
    0, 0, tafel_geeltje_statuses, NULL, 0 },
  { "reason", TAFEL_FIELD_LONG_TEXT, G_STRUCT_OFFSET (TafelGeeltje, reason), N_("reason"),
    0, TAFEL_GEELTJE_TEXT_MAX, NULL, NULL, 0 },
  TAFEL_INLEVERING_FIELDS (TafelGeeltje),
  TAFEL_TIMESTAMP_FIELDS (TafelGeeltje),
  { NULL }
};

static const TafelTable geeltje_table = {
  .name = "geeltje",
  .label = N_("Sticky note"),
  .title_column = NULL,
  .order_by = "id DESC",
  .per_traject = TRUE,
  .fields = geeltje_fields,
  .check = check_geeltje,
};

static const TafelField aanbod_fields[] = {
  TAFEL_TRAJECT_FIELD (TafelAanbod),
  { "organisatie_id", TAFEL_FIELD_REF, G_STRUCT_OFFSET (TafelAanbod, organisatie_id),
    N_("organisation"), 0, 0, NULL, "organisatie", 0 },
  { "deelproduct_id", TAFEL_FIELD_REF, G_STRUCT_OFFSET (TafelAanbod, deelproduct_id),
    N_("deelproduct"), 0, 0, NULL, "deelproduct", 0 },
  { "title", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (TafelAanbod, title), N_("title"),
    1, 300, NULL, NULL, TAFEL_FIELD_REQUIRED },
  { "description", TAFEL_FIELD_LONG_TEXT, G_STRUCT_OFFSET (TafelAanbod, description),
    N_("description"), 0, 5000, NULL, NULL, 0 },
  { "fit", TAFEL_FIELD_CHOICE, G_STRUCT_OFFSET (TafelAanbod, fit), N_("fit"),
    0, 0, tafel_aanbod_fits, NULL, 0 },
  { "fit_reason", TAFEL_FIELD_LONG_TEXT, G_STRUCT_OFFSET (TafelAanbod, fit_reason),
    N_("why it does or does not fit"), 0, 5000, NULL, NULL, 0 },
  { "evidence", TAFEL_FIELD_CHOICE, G_STRUCT_OFFSET (TafelAanbod, evidence), N_("evidence level"),
    0, 0, tafel_evidence_levels, NULL, 0 },
  TAFEL_INLEVERING_FIELDS (TafelAanbod),
  TAFEL_TIMESTAMP_FIELDS (TafelAanbod),
  { NULL }
};

static const TafelTable aanbod_table = {
  .name = "aanbod",
  .label = N_("Offering"),
  .title_column = "title",
  .order_by = "title COLLATE NOCASE, id",
  .per_traject = TRUE,
  .fields = aanbod_fields,
};

TAFEL_DEFINE_ENTITY (TafelGeeltje, tafel_geeltje, &geeltje_table)
TAFEL_DEFINE_ENTITY (TafelAanbod, tafel_aanbod, &aanbod_table)

TafelGeeltje *
tafel_geeltje_new (gint64 traject_id)
{
  return g_object_new (TAFEL_TYPE_GEELTJE, "traject-id", traject_id, NULL);
}

gint64
tafel_geeltje_get_sessie_id (TafelGeeltje *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJE (self), 0);
  return self->sessie_id;
}

gint64
tafel_geeltje_get_deelproduct_id (TafelGeeltje *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJE (self), 0);
  return self->deelproduct_id;
}

gint64
tafel_geeltje_get_vraagblok_id (TafelGeeltje *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJE (self), 0);
  return self->vraagblok_id;
}

const char *
tafel_geeltje_get_kind (TafelGeeltje *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJE (self), NULL);
  return self->kind;
}

const char *
tafel_geeltje_get_text (TafelGeeltje *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJE (self), NULL);
  return self->text;
}

gint64
tafel_geeltje_get_organisatie_id (TafelGeeltje *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJE (self), 0);
  return self->organisatie_id;
}

gint64
tafel_geeltje_get_deelnemer_id (TafelGeeltje *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJE (self), 0);
  return self->deelnemer_id;
}

const char *
tafel_geeltje_get_status (TafelGeeltje *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJE (self), NULL);
  return self->status;
}

const char *
tafel_geeltje_get_reason (TafelGeeltje *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJE (self), NULL);
  return self->reason;
}

const char *
tafel_geeltje_get_created_at (TafelGeeltje *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJE (self), NULL);
  return self->created_at;
}

const char *
tafel_geeltje_get_modified_at (TafelGeeltje *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJE (self), NULL);
  return self->modified_at;
}

TafelAanbod *
tafel_aanbod_new (gint64 traject_id)
{
  return g_object_new (TAFEL_TYPE_AANBOD, "traject-id", traject_id, NULL);
}

const char *
tafel_aanbod_get_title (TafelAanbod *self)
{
  g_return_val_if_fail (TAFEL_IS_AANBOD (self), NULL);
  return self->title;
}

const char *
tafel_aanbod_get_description (TafelAanbod *self)
{
  g_return_val_if_fail (TAFEL_IS_AANBOD (self), NULL);
  return self->description;
}

const char *
tafel_aanbod_get_fit (TafelAanbod *self)
{
  g_return_val_if_fail (TAFEL_IS_AANBOD (self), NULL);
  return self->fit;
}

const char *
tafel_aanbod_get_fit_reason (TafelAanbod *self)
{
  g_return_val_if_fail (TAFEL_IS_AANBOD (self), NULL);
  return self->fit_reason;
}

const char *
tafel_aanbod_get_evidence (TafelAanbod *self)
{
  g_return_val_if_fail (TAFEL_IS_AANBOD (self), NULL);
  return self->evidence;
}

gint64
tafel_aanbod_get_deelproduct_id (TafelAanbod *self)
{
  g_return_val_if_fail (TAFEL_IS_AANBOD (self), 0);
  return self->deelproduct_id;
}

gint64
tafel_aanbod_get_organisatie_id (TafelAanbod *self)
{
  g_return_val_if_fail (TAFEL_IS_AANBOD (self), 0);
  return self->organisatie_id;
}
