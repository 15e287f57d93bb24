/* tafel-entity.c: the base class of every stored domain object */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tafel-entity.h"

typedef struct {
  gint64   id;
  gboolean detached;  /* a copy from tafel_entity_dup(): free to edit */
} TafelEntityPrivate;

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (TafelEntity, tafel_entity, G_TYPE_OBJECT)

static gboolean
field_holds_string (const TafelField *field)
{
  switch (field->type)
    {
    case TAFEL_FIELD_TEXT:
    case TAFEL_FIELD_LONG_TEXT:
    case TAFEL_FIELD_DATE:
    case TAFEL_FIELD_TIME:
    case TAFEL_FIELD_DATETIME:
    case TAFEL_FIELD_TIMESTAMP:
      return TRUE;
    default:
      return FALSE;
    }
}

static char *
dup_property_name (const char *column)
{
  char *name = g_strdup (column);

  g_strdelimit (name, "_", '-');
  return name;
}

static GParamSpec *
create_field_pspec (const TafelField *field)
{
  g_autofree char *name = dup_property_name (field->column);
  const char *nick = field->label;
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_NICK | G_PARAM_STATIC_BLURB;
  const char *interned = g_intern_string (name);

  switch (field->type)
    {
    case TAFEL_FIELD_CHOICE:
      return g_param_spec_string (interned, nick, nick, field->choices[0].id, flags);
    case TAFEL_FIELD_INT:
      return g_param_spec_int64 (interned, nick, nick, field->min, field->max, field->min, flags);
    case TAFEL_FIELD_DECIMAL:
      /* Any value: the store refuses one out of range with a message. */
      return g_param_spec_int64 (interned, nick, nick, G_MININT64, G_MAXINT64,
                                 (field->flags & TAFEL_FIELD_REQUIRED) ? field->min : TAFEL_DECIMAL_NONE,
                                 flags);
    case TAFEL_FIELD_REF:
      return g_param_spec_int64 (interned, nick, nick, 0, G_MAXINT64, 0, flags);
    case TAFEL_FIELD_BOOL:
      return g_param_spec_boolean (interned, nick, nick, FALSE, flags);
    case TAFEL_FIELD_TEXT:
    case TAFEL_FIELD_LONG_TEXT:
    case TAFEL_FIELD_DATE:
    case TAFEL_FIELD_TIME:
    case TAFEL_FIELD_DATETIME:
    case TAFEL_FIELD_TIMESTAMP:
    default:
      return g_param_spec_string (interned, nick, nick, NULL, flags);
    }
}

static void
tafel_entity_field_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TafelEntityClass *klass = TAFEL_ENTITY_GET_CLASS (object);

  if (prop_id == 0 || prop_id > klass->n_fields)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  tafel_entity_get_field_value (TAFEL_ENTITY (object), &klass->table->fields[prop_id - 1], value);
}

static void
tafel_entity_field_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TafelEntityClass *klass = TAFEL_ENTITY_GET_CLASS (object);

  if (prop_id == 0 || prop_id > klass->n_fields)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  /* A stored object only changes through tafel_store_set(), so that it
   * always shows what the database holds. */
  if (tafel_entity_is_stored (TAFEL_ENTITY (object)) &&
      !((TafelEntityPrivate *) tafel_entity_get_instance_private (TAFEL_ENTITY (object)))->detached)
    {
      g_critical ("%s: property “%s” of a stored %s set directly; use tafel_store_set()",
                  G_STRFUNC, pspec->name, G_OBJECT_TYPE_NAME (object));
      return;
    }

  tafel_entity_apply_field_value (TAFEL_ENTITY (object), &klass->table->fields[prop_id - 1], value);
}

static void
tafel_entity_constructed (GObject *object)
{
  TafelEntity *self = TAFEL_ENTITY (object);
  const TafelTable *table = tafel_entity_get_table (self);

  G_OBJECT_CLASS (tafel_entity_parent_class)->constructed (object);

  for (const TafelField *f = table->fields; f->column != NULL; f++)
    {
      gpointer ptr = _tafel_entity_field_ptr (self, f);

      if (f->type == TAFEL_FIELD_TEXT || f->type == TAFEL_FIELD_LONG_TEXT)
        {
          if (*(char **) ptr == NULL)
            *(char **) ptr = g_strdup ("");
        }
      else if (f->type == TAFEL_FIELD_CHOICE)
        {
          if (*(const char **) ptr == NULL)
            *(const char **) ptr = f->choices[0].id;
        }
      else if (f->type == TAFEL_FIELD_INT)
        {
          gint64 *v = ptr;
          *v = CLAMP (*v, f->min, f->max);
        }
      else if (f->type == TAFEL_FIELD_DECIMAL)
        {
          gint64 *v = ptr;

          /* Untouched since allocation (the subclass's init may set
           * defaults): empty, or the minimum where a value is required. */
          if (*v == 0 && !(f->flags & TAFEL_FIELD_REQUIRED))
            *v = TAFEL_DECIMAL_NONE;
          else if (*v != TAFEL_DECIMAL_NONE)
            *v = CLAMP (*v, f->min, f->max);
        }
    }
}

static void
tafel_entity_finalize (GObject *object)
{
  TafelEntity *self = TAFEL_ENTITY (object);
  const TafelTable *table = tafel_entity_get_table (self);

  for (const TafelField *f = table->fields; f->column != NULL; f++)
    {
      if (field_holds_string (f))
        g_clear_pointer ((char **) _tafel_entity_field_ptr (self, f), g_free);
    }

  G_OBJECT_CLASS (tafel_entity_parent_class)->finalize (object);
}

static void
tafel_entity_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TafelEntity *self = TAFEL_ENTITY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, tafel_entity_get_id (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_entity_class_init (TafelEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = tafel_entity_constructed;
  object_class->finalize = tafel_entity_finalize;
  object_class->get_property = tafel_entity_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tafel_entity_init (TafelEntity *self)
{
}

/* Installs one property per field; property ids follow the field order. */
void
tafel_entity_class_set_table (TafelEntityClass *klass,
                              const TafelTable *table)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  guint n = tafel_table_get_n_fields (table);

  klass->table = table;
  klass->n_fields = n;
  klass->field_pspecs = g_new0 (GParamSpec *, n + 1);

  object_class->get_property = tafel_entity_field_get_property;
  object_class->set_property = tafel_entity_field_set_property;

  for (guint i = 0; i < n; i++)
    {
      klass->field_pspecs[i] = create_field_pspec (&table->fields[i]);
      g_object_class_install_property (object_class, i + 1, klass->field_pspecs[i]);
    }
}

const TafelTable *
tafel_entity_class_get_table (TafelEntityClass *klass)
{
  return klass->table;
}

const TafelTable *
tafel_entity_get_table (TafelEntity *self)
{
  g_return_val_if_fail (TAFEL_IS_ENTITY (self), NULL);

  return TAFEL_ENTITY_GET_CLASS (self)->table;
}

guint
tafel_table_get_n_fields (const TafelTable *table)
{
  guint n = 0;

  while (table->fields[n].column != NULL)
    n++;

  return n;
}

/* Accepts the column name ("beoogd_resultaat") or the property name
 * ("beoogd-resultaat"). */
const TafelField *
tafel_table_find_field (const TafelTable *table,
                        const char       *name)
{
  for (const TafelField *f = table->fields; f->column != NULL; f++)
    {
      const char *a = f->column;
      const char *b = name;

      while (*a != '\0' && *b != '\0' && (*a == *b || (*a == '_' && *b == '-')))
        a++, b++;

      if (*a == '\0' && *b == '\0')
        return f;
    }

  return NULL;
}

gpointer
_tafel_entity_field_ptr (TafelEntity      *self,
                         const TafelField *field)
{
  return G_STRUCT_MEMBER_P (self, field->offset);
}

GParamSpec *
_tafel_entity_field_pspec (TafelEntity      *self,
                           const TafelField *field)
{
  TafelEntityClass *klass = TAFEL_ENTITY_GET_CLASS (self);

  return klass->field_pspecs[field - klass->table->fields];
}

gint64
tafel_entity_get_id (TafelEntity *self)
{
  TafelEntityPrivate *priv = tafel_entity_get_instance_private (self);

  g_return_val_if_fail (TAFEL_IS_ENTITY (self), 0);

  return priv->id;
}

void
_tafel_entity_set_id (TafelEntity *self,
                      gint64       id)
{
  TafelEntityPrivate *priv = tafel_entity_get_instance_private (self);

  if (priv->id == id)
    return;

  priv->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gboolean
tafel_entity_is_stored (TafelEntity *self)
{
  return tafel_entity_get_id (self) > 0;
}

gint64
tafel_entity_get_traject_id (TafelEntity *self)
{
  const TafelTable *table = tafel_entity_get_table (self);

  if (!table->per_traject)
    return tafel_entity_get_id (self);

  return tafel_entity_get_int (self, "traject_id");
}

const char *
tafel_entity_get_string (TafelEntity *self,
                         const char  *column)
{
  const TafelField *field = tafel_table_find_field (tafel_entity_get_table (self), column);

  g_return_val_if_fail (field != NULL, NULL);
  g_return_val_if_fail (field_holds_string (field) || field->type == TAFEL_FIELD_CHOICE, NULL);

  return *(const char **) _tafel_entity_field_ptr (self, field);
}

gint64
tafel_entity_get_int (TafelEntity *self,
                      const char  *column)
{
  const TafelField *field = tafel_table_find_field (tafel_entity_get_table (self), column);

  g_return_val_if_fail (field != NULL, 0);
  g_return_val_if_fail (field->type == TAFEL_FIELD_INT || field->type == TAFEL_FIELD_REF ||
                        field->type == TAFEL_FIELD_DECIMAL, 0);

  return *(gint64 *) _tafel_entity_field_ptr (self, field);
}

gboolean
tafel_entity_get_bool (TafelEntity *self,
                       const char  *column)
{
  const TafelField *field = tafel_table_find_field (tafel_entity_get_table (self), column);

  g_return_val_if_fail (field != NULL && field->type == TAFEL_FIELD_BOOL, FALSE);

  return *(gboolean *) _tafel_entity_field_ptr (self, field);
}

/* The value that names this row to a person, e.g. the deelproduct's name. */
char *
tafel_entity_dup_title (TafelEntity *self)
{
  const TafelTable *table = tafel_entity_get_table (self);
  const char *title;

  if (table->title_column == NULL)
    return NULL;

  title = tafel_entity_get_string (self, table->title_column);
  if (title == NULL || *title == '\0')
    return NULL;

  if (g_utf8_strlen (title, -1) > 60)
    {
      g_autofree char *cut = g_utf8_substring (title, 0, 57);
      return g_strconcat (cut, "…", NULL);
    }

  return g_strdup (title);
}

/* "Deelproduct ‘Groepsbegeleiding’", "Geeltje 12" or just "Geeltje": where
 * a message about this object should point the reader to. */
char *
tafel_entity_dup_description (TafelEntity *self)
{
  const TafelTable *table = tafel_entity_get_table (self);
  g_autofree char *title = tafel_entity_dup_title (self);
  gint64 id = tafel_entity_get_id (self);

  if (title != NULL)
    return g_strdup_printf ("%s ‘%s’", _(table->label), title);
  if (id > 0)
    return g_strdup_printf ("%s %" G_GINT64_FORMAT, _(table->label), id);

  return g_strdup (_(table->label));
}

void
tafel_entity_get_field_value (TafelEntity      *self,
                              const TafelField *field,
                              GValue           *value)
{
  gpointer ptr = _tafel_entity_field_ptr (self, field);

  switch (field->type)
    {
    case TAFEL_FIELD_INT:
    case TAFEL_FIELD_REF:
    case TAFEL_FIELD_DECIMAL:
      if (G_VALUE_TYPE (value) == G_TYPE_INVALID)
        g_value_init (value, G_TYPE_INT64);
      g_value_set_int64 (value, *(gint64 *) ptr);
      break;
    case TAFEL_FIELD_BOOL:
      if (G_VALUE_TYPE (value) == G_TYPE_INVALID)
        g_value_init (value, G_TYPE_BOOLEAN);
      g_value_set_boolean (value, *(gboolean *) ptr);
      break;
    case TAFEL_FIELD_CHOICE:
      if (G_VALUE_TYPE (value) == G_TYPE_INVALID)
        g_value_init (value, G_TYPE_STRING);
      g_value_set_static_string (value, *(const char **) ptr);
      break;
    default:
      if (G_VALUE_TYPE (value) == G_TYPE_INVALID)
        g_value_init (value, G_TYPE_STRING);
      g_value_set_string (value, *(const char **) ptr);
      break;
    }
}

/* Writes @value into the member and notifies when it changed. @value must
 * already be valid for the field (see tafel_field_normalize()); this does
 * not touch the database. */
gboolean
tafel_entity_apply_field_value (TafelEntity      *self,
                                const TafelField *field,
                                const GValue     *value)
{
  gpointer ptr = _tafel_entity_field_ptr (self, field);
  gboolean changed = FALSE;

  switch (field->type)
    {
    case TAFEL_FIELD_INT:
    case TAFEL_FIELD_REF:
    case TAFEL_FIELD_DECIMAL:
      {
        gint64 v = G_VALUE_HOLDS_INT64 (value) ? g_value_get_int64 (value) : g_value_get_int (value);
        changed = *(gint64 *) ptr != v;
        *(gint64 *) ptr = v;
      }
      break;
    case TAFEL_FIELD_BOOL:
      {
        gboolean v = g_value_get_boolean (value) != FALSE;
        changed = *(gboolean *) ptr != v;
        *(gboolean *) ptr = v;
      }
      break;
    case TAFEL_FIELD_CHOICE:
      {
        const char *v = tafel_choice_intern (field->choices, g_value_get_string (value));

        g_return_val_if_fail (v != NULL, FALSE);
        changed = *(const char **) ptr != v;
        *(const char **) ptr = v;
      }
      break;
    default:
      {
        const char *v = g_value_get_string (value);
        char **slot = ptr;

        if ((field->type == TAFEL_FIELD_TEXT || field->type == TAFEL_FIELD_LONG_TEXT) && v == NULL)
          v = "";

        changed = g_strcmp0 (*slot, v) != 0;
        if (changed)
          {
            g_free (*slot);
            *slot = g_strdup (v);
          }
      }
      break;
    }

  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), _tafel_entity_field_pspec (self, field));

  return changed;
}

/* A detached copy (id included) for "edit a copy, commit on save". */
TafelEntity *
tafel_entity_dup (TafelEntity *self)
{
  const TafelTable *table = tafel_entity_get_table (self);
  TafelEntity *copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  TafelEntityPrivate *priv = tafel_entity_get_instance_private (copy);

  priv->id = tafel_entity_get_id (self);
  priv->detached = TRUE;

  for (const TafelField *f = table->fields; f->column != NULL; f++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      tafel_entity_get_field_value (self, f, &value);
      tafel_entity_apply_field_value (copy, f, &value);
    }

  return copy;
}
