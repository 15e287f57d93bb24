/* tafel-deelnemer.c: organisations and the people who take part */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tafel-deelnemer.h"
#include "tafel-traject.h"

struct _TafelOrganisatie
{
  TafelEntity parent_instance;

  gint64      traject_id;
  char       *name;
  char       *created_at;
  char       *modified_at;
};

struct _TafelDeelnemer
{
  TafelEntity parent_instance;

  gint64      traject_id;
  gint64      organisatie_id;
  char       *name;
  char       *function;
  const char *role;
  char       *advies;
  char       *created_at;
  char       *modified_at;
};

static const TafelField organisatie_fields[] = {
  TAFEL_TRAJECT_FIELD (TafelOrganisatie),
  { "name", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (TafelOrganisatie, name), N_("name"),
    1, TAFEL_NAME_MAX, NULL, NULL, TAFEL_FIELD_REQUIRED | TAFEL_FIELD_UNIQUE },
  TAFEL_TIMESTAMP_FIELDS (TafelOrganisatie),
  { NULL }
};

static const TafelTable organisatie_table = {
  .name = "organisatie",
  .label = N_("Organisation"),
  .title_column = "name",
  .order_by = "name COLLATE NOCASE, id",
  .per_traject = TRUE,
  .fields = organisatie_fields,
};

static const TafelField deelnemer_fields[] = {
  TAFEL_TRAJECT_FIELD (TafelDeelnemer),
  { "organisatie_id", TAFEL_FIELD_REF, G_STRUCT_OFFSET (TafelDeelnemer, organisatie_id),
    N_("organisation"), 0, 0, NULL, "organisatie", 0 },
  { "name", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (TafelDeelnemer, name), N_("name"),
    1, TAFEL_NAME_MAX, NULL, NULL, TAFEL_FIELD_REQUIRED },
  { "function", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (TafelDeelnemer, function), N_("function"),
    0, TAFEL_NAME_MAX, NULL, NULL, 0 },
  { "role", TAFEL_FIELD_CHOICE, G_STRUCT_OFFSET (TafelDeelnemer, role), N_("role"),
    0, 0, tafel_deelnemer_roles, NULL, 0 },
  { "advies", TAFEL_FIELD_LONG_TEXT, G_STRUCT_OFFSET (TafelDeelnemer, advies),
    N_("most important advice"), 0, 5000, NULL, NULL, 0 },
  TAFEL_TIMESTAMP_FIELDS (TafelDeelnemer),
  { NULL }
};

static const TafelTable deelnemer_table = {
  .name = "deelnemer",
  .label = N_("Participant"),
  .title_column = "name",
  .order_by = "name COLLATE NOCASE, id",
  .per_traject = TRUE,
  .fields = deelnemer_fields,
};

TAFEL_DEFINE_ENTITY (TafelOrganisatie, tafel_organisatie, &organisatie_table)
TAFEL_DEFINE_ENTITY (TafelDeelnemer, tafel_deelnemer, &deelnemer_table)

TafelOrganisatie *
tafel_organisatie_new (gint64 traject_id)
{
  return g_object_new (TAFEL_TYPE_ORGANISATIE, "traject-id", traject_id, NULL);
}

const char *
tafel_organisatie_get_name (TafelOrganisatie *self)
{
  g_return_val_if_fail (TAFEL_IS_ORGANISATIE (self), NULL);
  return self->name;
}

TafelDeelnemer *
tafel_deelnemer_new (gint64 traject_id)
{
  return g_object_new (TAFEL_TYPE_DEELNEMER, "traject-id", traject_id, NULL);
}

const char *
tafel_deelnemer_get_name (TafelDeelnemer *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELNEMER (self), NULL);
  return self->name;
}

gint64
tafel_deelnemer_get_organisatie_id (TafelDeelnemer *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELNEMER (self), 0);
  return self->organisatie_id;
}

const char *
tafel_deelnemer_get_function (TafelDeelnemer *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELNEMER (self), NULL);
  return self->function;
}

const char *
tafel_deelnemer_get_role (TafelDeelnemer *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELNEMER (self), NULL);
  return self->role;
}

const char *
tafel_deelnemer_get_advies (TafelDeelnemer *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELNEMER (self), NULL);
  return self->advies;
}
