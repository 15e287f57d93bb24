/* tafel-eis.c: requirements, their sources and the log of exports */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tafel-decimal.h"
#include "tafel-eis.h"
#include "tafel-error.h"
#include "tafel-traject.h"

struct _TafelEis
{
  TafelEntity parent_instance;

  gint64      traject_id;
  gint64      position;
  const char *hoofdstuk;
  gint64      deelproduct_id;
  const char *aspect;
  char       *tekst;
  const char *soort;
  gint64      gewicht;
  const char *status;
  char       *created_at;
  char       *modified_at;
};

struct _TafelEisbron
{
  TafelEntity parent_instance;

  gint64      traject_id;
  gint64      eis_id;
  gint64      geeltje_id;
  gint64      intensiteit_id;
  gint64      mixregel_id;
  char       *created_at;
  char       *modified_at;
};

struct _TafelExportlog
{
  TafelEntity parent_instance;

  gint64      traject_id;
  char       *versie;
  gboolean    definitief;
  char       *opties;
  char       *bestand;
  char       *sha256;
  char       *created_at;
  char       *modified_at;
};

/* A deelproduct chapter names its deelproduct; the others name none. */
static gboolean
check_eis (TafelEntity  *proposed,
           GError      **error)
{
  gboolean deelproduct = g_strcmp0 (tafel_entity_get_string (proposed, "hoofdstuk"), "deelproduct") == 0;
  gboolean has_dp = tafel_entity_get_int (proposed, "deelproduct_id") != 0;

  if (deelproduct != has_dp)
    {
      g_autofree char *where = tafel_entity_dup_description (proposed);

      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID,
                   deelproduct ? _("%s: a requirement in a deelproduct chapter needs its deelproduct.")
                               : _("%s: only a requirement in a deelproduct chapter has a deelproduct."),
                   where);
      return FALSE;
    }

  return TRUE;
}

static const TafelField eis_fields[] = {
  TAFEL_TRAJECT_FIELD (TafelEis),
  { "position", TAFEL_FIELD_INT, G_STRUCT_OFFSET (TafelEis, position), N_("position"),
    0, G_MAXINT32, NULL, NULL, TAFEL_FIELD_AUTO },
  { "hoofdstuk", TAFEL_FIELD_CHOICE, G_STRUCT_OFFSET (TafelEis, hoofdstuk), N_("chapter"),
    0, 0, tafel_hoofdstukken, NULL, 0 },
  { "deelproduct_id", TAFEL_FIELD_REF, G_STRUCT_OFFSET (TafelEis, deelproduct_id), N_("deelproduct"),
    0, 0, NULL, "deelproduct", 0 },
  { "aspect", TAFEL_FIELD_CHOICE, G_STRUCT_OFFSET (TafelEis, aspect), N_("aspect"),
    0, 0, tafel_eis_aspecten, NULL, 0 },
  { "tekst", TAFEL_FIELD_LONG_TEXT, G_STRUCT_OFFSET (TafelEis, tekst), N_("requirement"),
    0, TAFEL_EIS_TEKST_MAX, NULL, NULL, 0 },
  { "soort", TAFEL_FIELD_CHOICE, G_STRUCT_OFFSET (TafelEis, soort), N_("kind"),
    0, 0, tafel_eis_soorten, NULL, 0 },
  { "gewicht", TAFEL_FIELD_DECIMAL, G_STRUCT_OFFSET (TafelEis, gewicht), N_("weight"),
    0, 10000, NULL, NULL, 0 },
  { "status", TAFEL_FIELD_CHOICE, G_STRUCT_OFFSET (TafelEis, status), N_("status"),
    0, 0, tafel_eis_statussen, NULL, 0 },
  TAFEL_TIMESTAMP_FIELDS (TafelEis),
  { NULL }
};

static const TafelTable eis_table = {
  .name = "eis",
  .label = N_("Requirement"),
  .title_column = NULL,
  .order_by = "position, id",
  .per_traject = TRUE,
  .positioned = TRUE,
  .fields = eis_fields,
  .check = check_eis,
};

/* Exactly one source per row. */
static gboolean
check_eisbron (TafelEntity  *proposed,
               GError      **error)
{
  int n = (tafel_entity_get_int (proposed, "geeltje_id") != 0) +
          (tafel_entity_get_int (proposed, "intensiteit_id") != 0) +
          (tafel_entity_get_int (proposed, "mixregel_id") != 0);

  if (n != 1)
    {
      g_autofree char *where = tafel_entity_dup_description (proposed);

      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID,
                   _("%s: a source is one sticky note or one proposal."), where);
      return FALSE;
    }

  return TRUE;
}

static const TafelField eisbron_fields[] = {
  TAFEL_TRAJECT_FIELD (TafelEisbron),
  { "eis_id", TAFEL_FIELD_REF, G_STRUCT_OFFSET (TafelEisbron, eis_id), N_("requirement"),
    0, 0, NULL, "eis", TAFEL_FIELD_REQUIRED | TAFEL_FIELD_FIXED },
  { "geeltje_id", TAFEL_FIELD_REF, G_STRUCT_OFFSET (TafelEisbron, geeltje_id), N_("sticky note"),
    0, 0, NULL, "geeltje", TAFEL_FIELD_FIXED },
  { "intensiteit_id", TAFEL_FIELD_REF, G_STRUCT_OFFSET (TafelEisbron, intensiteit_id), N_("intensity"),
    0, 0, NULL, "intensiteit", TAFEL_FIELD_FIXED },
  { "mixregel_id", TAFEL_FIELD_REF, G_STRUCT_OFFSET (TafelEisbron, mixregel_id), N_("function mix line"),
    0, 0, NULL, "mixregel", TAFEL_FIELD_FIXED },
  TAFEL_TIMESTAMP_FIELDS (TafelEisbron),
  { NULL }
};

static const TafelTable eisbron_table = {
  .name = "eisbron",
  .label = N_("Source of a requirement"),
  .title_column = NULL,
  .order_by = "eis_id, id",
  .per_traject = TRUE,
  .fields = eisbron_fields,
  .check = check_eisbron,
};

static const TafelField exportlog_fields[] = {
  TAFEL_TRAJECT_FIELD (TafelExportlog),
  { "versie", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (TafelExportlog, versie), N_("version"),
    1, 60, NULL, NULL, TAFEL_FIELD_REQUIRED | TAFEL_FIELD_FIXED },
  { "definitief", TAFEL_FIELD_BOOL, G_STRUCT_OFFSET (TafelExportlog, definitief), N_("final"),
    0, 0, NULL, NULL, TAFEL_FIELD_FIXED },
  { "opties", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (TafelExportlog, opties), N_("options"),
    0, 200, NULL, NULL, TAFEL_FIELD_FIXED },
  { "bestand", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (TafelExportlog, bestand), N_("file"),
    0, 4096, NULL, NULL, TAFEL_FIELD_FIXED },
  { "sha256", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (TafelExportlog, sha256), N_("file hash"),
    0, 64, NULL, NULL, TAFEL_FIELD_FIXED },
  TAFEL_TIMESTAMP_FIELDS (TafelExportlog),
  { NULL }
};

static const TafelTable exportlog_table = {
  .name = "pve_export",
  .label = N_("Export"),
  .title_column = "versie",
  .order_by = "id",
  .per_traject = TRUE,
  .fields = exportlog_fields,
};

TAFEL_DEFINE_ENTITY (TafelEis, tafel_eis, &eis_table)
TAFEL_DEFINE_ENTITY (TafelEisbron, tafel_eisbron, &eisbron_table)
TAFEL_DEFINE_ENTITY (TafelExportlog, tafel_exportlog, &exportlog_table)

TafelEis *
tafel_eis_new (gint64 traject_id)
{
  return g_object_new (TAFEL_TYPE_EIS, "traject-id", traject_id, NULL);
}

const char *
tafel_eis_get_hoofdstuk (TafelEis *self)
{
  g_return_val_if_fail (TAFEL_IS_EIS (self), NULL);
  return self->hoofdstuk;
}

gint64
tafel_eis_get_deelproduct_id (TafelEis *self)
{
  g_return_val_if_fail (TAFEL_IS_EIS (self), 0);
  return self->deelproduct_id;
}

const char *
tafel_eis_get_aspect (TafelEis *self)
{
  g_return_val_if_fail (TAFEL_IS_EIS (self), NULL);
  return self->aspect;
}

const char *
tafel_eis_get_tekst (TafelEis *self)
{
  g_return_val_if_fail (TAFEL_IS_EIS (self), NULL);
  return self->tekst;
}

const char *
tafel_eis_get_soort (TafelEis *self)
{
  g_return_val_if_fail (TAFEL_IS_EIS (self), NULL);
  return self->soort;
}

/* The weight of a wens in hundredths, or TAFEL_DECIMAL_NONE. */
gint64
tafel_eis_get_gewicht (TafelEis *self)
{
  g_return_val_if_fail (TAFEL_IS_EIS (self), TAFEL_DECIMAL_NONE);
  return self->gewicht;
}

const char *
tafel_eis_get_status (TafelEis *self)
{
  g_return_val_if_fail (TAFEL_IS_EIS (self), NULL);
  return self->status;
}

gint64
tafel_eis_get_position (TafelEis *self)
{
  g_return_val_if_fail (TAFEL_IS_EIS (self), 0);
  return self->position;
}

TafelEisbron *
tafel_eisbron_new (gint64 traject_id)
{
  return g_object_new (TAFEL_TYPE_EISBRON, "traject-id", traject_id, NULL);
}

gint64
tafel_eisbron_get_eis_id (TafelEisbron *self)
{
  g_return_val_if_fail (TAFEL_IS_EISBRON (self), 0);
  return self->eis_id;
}

gint64
tafel_eisbron_get_geeltje_id (TafelEisbron *self)
{
  g_return_val_if_fail (TAFEL_IS_EISBRON (self), 0);
  return self->geeltje_id;
}

gint64
tafel_eisbron_get_intensiteit_id (TafelEisbron *self)
{
  g_return_val_if_fail (TAFEL_IS_EISBRON (self), 0);
  return self->intensiteit_id;
}

gint64
tafel_eisbron_get_mixregel_id (TafelEisbron *self)
{
  g_return_val_if_fail (TAFEL_IS_EISBRON (self), 0);
  return self->mixregel_id;
}

TafelExportlog *
tafel_exportlog_new (gint64 traject_id)
{
  return g_object_new (TAFEL_TYPE_EXPORTLOG, "traject-id", traject_id, NULL);
}

const char *
tafel_exportlog_get_versie (TafelExportlog *self)
{
  g_return_val_if_fail (TAFEL_IS_EXPORTLOG (self), NULL);
  return self->versie;
}

gboolean
tafel_exportlog_is_definitief (TafelExportlog *self)
{
  g_return_val_if_fail (TAFEL_IS_EXPORTLOG (self), FALSE);
  return self->definitief;
}
