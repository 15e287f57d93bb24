/* tafel-traject.c: a traject, its question blocks and its sessions */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tafel-error.h"
#include "tafel-traject.h"
#include "tafel-validate.h"

struct _TafelTraject
{
  TafelEntity parent_instance;

  char       *name;
  char       *region;
  char       *perceel;
  const char *uitvoeringsvariant;
  const char *status;
  char       *template;
  char       *created_at;
  char       *modified_at;
};

struct _TafelVraagblok
{
  TafelEntity parent_instance;

  gint64      traject_id;
  gint64      position;
  char       *title;
  char       *questions;
  char       *created_at;
  char       *modified_at;
};

struct _TafelSessie
{
  TafelEntity parent_instance;

  gint64      traject_id;
  char       *name;
  char       *date;
  char       *start_time;
  char       *end_time;
  char       *theme;
  char       *location;
  char       *deadline;
  char       *created_at;
  char       *modified_at;
};

static const TafelField traject_fields[] = {
  { "name", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (TafelTraject, name), N_("name"),
    1, TAFEL_NAME_MAX, NULL, NULL, TAFEL_FIELD_REQUIRED | TAFEL_FIELD_UNIQUE },
  { "region", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (TafelTraject, region), N_("region"),
    0, TAFEL_NAME_MAX, NULL, NULL, 0 },
  { "perceel", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (TafelTraject, perceel), N_("perceel"),
    0, TAFEL_NAME_MAX, NULL, NULL, 0 },
  { "uitvoeringsvariant", TAFEL_FIELD_CHOICE, G_STRUCT_OFFSET (TafelTraject, uitvoeringsvariant),
    N_("uitvoeringsvariant"), 0, 0, tafel_uitvoeringsvarianten, NULL, 0 },
  { "status", TAFEL_FIELD_CHOICE, G_STRUCT_OFFSET (TafelTraject, status), N_("status"),
    0, 0, tafel_traject_statuses, NULL, 0 },
  { "template", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (TafelTraject, template), N_("template"),
    0, 100, NULL, NULL, TAFEL_FIELD_FIXED },
  TAFEL_TIMESTAMP_FIELDS (TafelTraject),
  { NULL }
};

static const TafelTable traject_table = {
  .name = "traject",
  .label = N_("Traject"),
  .title_column = "name",
  .order_by = "name COLLATE NOCASE, id",
  .per_traject = FALSE,
  .fields = traject_fields,
};

static const TafelField vraagblok_fields[] = {
  TAFEL_TRAJECT_FIELD (TafelVraagblok),
  { "position", TAFEL_FIELD_INT, G_STRUCT_OFFSET (TafelVraagblok, position), N_("position"),
    0, G_MAXINT32, NULL, NULL, TAFEL_FIELD_AUTO },
  { "title", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (TafelVraagblok, title), N_("title"),
    1, TAFEL_NAME_MAX, NULL, NULL, TAFEL_FIELD_REQUIRED },
  { "questions", TAFEL_FIELD_LONG_TEXT, G_STRUCT_OFFSET (TafelVraagblok, questions), N_("questions"),
    0, TAFEL_LONG_TEXT_MAX, NULL, NULL, 0 },
  TAFEL_TIMESTAMP_FIELDS (TafelVraagblok),
  { NULL }
};

static const TafelTable vraagblok_table = {
  .name = "vraagblok",
  .label = N_("Question block"),
  .title_column = "title",
  .order_by = "position, id",
  .per_traject = TRUE,
  .positioned = TRUE,
  .fields = vraagblok_fields,
};

static gboolean
check_sessie (TafelEntity *proposed,
              GError     **error)
{
  TafelSessie *self = TAFEL_SESSIE (proposed);

  if (self->start_time != NULL && self->end_time != NULL &&
      g_strcmp0 (self->end_time, self->start_time) <= 0)
    {
      g_autofree char *where = tafel_entity_dup_description (proposed);

      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID,
                   _("%s: the end time %s is not after the start time %s."),
                   where, self->end_time, self->start_time);
      return FALSE;
    }

  return TRUE;
}

static const TafelField sessie_fields[] = {
  TAFEL_TRAJECT_FIELD (TafelSessie),
  { "name", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (TafelSessie, name), N_("name"),
    1, TAFEL_NAME_MAX, NULL, NULL, TAFEL_FIELD_REQUIRED },
  { "date", TAFEL_FIELD_DATE, G_STRUCT_OFFSET (TafelSessie, date), N_("date"),
    0, 0, NULL, NULL, 0 },
  { "start_time", TAFEL_FIELD_TIME, G_STRUCT_OFFSET (TafelSessie, start_time), N_("start time"),
    0, 0, NULL, NULL, 0 },
  { "end_time", TAFEL_FIELD_TIME, G_STRUCT_OFFSET (TafelSessie, end_time), N_("end time"),
    0, 0, NULL, NULL, 0 },
  { "theme", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (TafelSessie, theme), N_("theme"),
    0, 300, NULL, NULL, 0 },
  { "location", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (TafelSessie, location), N_("location"),
    0, 300, NULL, NULL, 0 },
  { "deadline", TAFEL_FIELD_DATETIME, G_STRUCT_OFFSET (TafelSessie, deadline), N_("deadline for returns"),
    0, 0, NULL, NULL, 0 },
  TAFEL_TIMESTAMP_FIELDS (TafelSessie),
  { NULL }
};

static const TafelTable sessie_table = {
  .name = "sessie",
  .label = N_("Session"),
  .title_column = "name",
  .order_by = "date IS NULL, date, start_time, id",
  .per_traject = TRUE,
  .fields = sessie_fields,
  .check = check_sessie,
};

TAFEL_DEFINE_ENTITY (TafelTraject, tafel_traject, &traject_table)
TAFEL_DEFINE_ENTITY (TafelVraagblok, tafel_vraagblok, &vraagblok_table)
TAFEL_DEFINE_ENTITY (TafelSessie, tafel_sessie, &sessie_table)

TafelTraject *
tafel_traject_new (void)
{
  return g_object_new (TAFEL_TYPE_TRAJECT, NULL);
}

const char *
tafel_traject_get_name (TafelTraject *self)
{
  g_return_val_if_fail (TAFEL_IS_TRAJECT (self), NULL);
  return self->name;
}

const char *
tafel_traject_get_region (TafelTraject *self)
{
  g_return_val_if_fail (TAFEL_IS_TRAJECT (self), NULL);
  return self->region;
}

const char *
tafel_traject_get_perceel (TafelTraject *self)
{
  g_return_val_if_fail (TAFEL_IS_TRAJECT (self), NULL);
  return self->perceel;
}

const char *
tafel_traject_get_uitvoeringsvariant (TafelTraject *self)
{
  g_return_val_if_fail (TAFEL_IS_TRAJECT (self), NULL);
  return self->uitvoeringsvariant;
}

const char *
tafel_traject_get_status (TafelTraject *self)
{
  g_return_val_if_fail (TAFEL_IS_TRAJECT (self), NULL);
  return self->status;
}

const char *
tafel_traject_get_template (TafelTraject *self)
{
  g_return_val_if_fail (TAFEL_IS_TRAJECT (self), NULL);
  return self->template;
}

const char *
tafel_traject_get_modified_at (TafelTraject *self)
{
  g_return_val_if_fail (TAFEL_IS_TRAJECT (self), NULL);
  return self->modified_at;
}

TafelVraagblok *
tafel_vraagblok_new (gint64 traject_id)
{
  return g_object_new (TAFEL_TYPE_VRAAGBLOK, "traject-id", traject_id, NULL);
}

const char *
tafel_vraagblok_get_title (TafelVraagblok *self)
{
  g_return_val_if_fail (TAFEL_IS_VRAAGBLOK (self), NULL);
  return self->title;
}

const char *
tafel_vraagblok_get_questions (TafelVraagblok *self)
{
  g_return_val_if_fail (TAFEL_IS_VRAAGBLOK (self), NULL);
  return self->questions;
}

gint64
tafel_vraagblok_get_position (TafelVraagblok *self)
{
  g_return_val_if_fail (TAFEL_IS_VRAAGBLOK (self), 0);
  return self->position;
}

TafelSessie *
tafel_sessie_new (gint64 traject_id)
{
  return g_object_new (TAFEL_TYPE_SESSIE, "traject-id", traject_id, NULL);
}

const char *
tafel_sessie_get_name (TafelSessie *self)
{
  g_return_val_if_fail (TAFEL_IS_SESSIE (self), NULL);
  return self->name;
}

const char *
tafel_sessie_get_date (TafelSessie *self)
{
  g_return_val_if_fail (TAFEL_IS_SESSIE (self), NULL);
  return self->date;
}

const char *
tafel_sessie_get_start_time (TafelSessie *self)
{
  g_return_val_if_fail (TAFEL_IS_SESSIE (self), NULL);
  return self->start_time;
}

const char *
tafel_sessie_get_end_time (TafelSessie *self)
{
  g_return_val_if_fail (TAFEL_IS_SESSIE (self), NULL);
  return self->end_time;
}

const char *
tafel_sessie_get_theme (TafelSessie *self)
{
  g_return_val_if_fail (TAFEL_IS_SESSIE (self), NULL);
  return self->theme;
}

const char *
tafel_sessie_get_location (TafelSessie *self)
{
  g_return_val_if_fail (TAFEL_IS_SESSIE (self), NULL);
  return self->location;
}

const char *
tafel_sessie_get_deadline (TafelSessie *self)
{
  g_return_val_if_fail (TAFEL_IS_SESSIE (self), NULL);
  return self->deadline;
}

/* "Sessie 1 (28 oktober 2026)", or the name alone without a date. */
char *
tafel_sessie_dup_label (TafelSessie *self)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (TAFEL_IS_SESSIE (self), NULL);

  if (self->date == NULL)
    return g_strdup (self->name);

  date = tafel_date_format (self->date);
  return g_strdup_printf ("%s (%s)", self->name, date);
}
