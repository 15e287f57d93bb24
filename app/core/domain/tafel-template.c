/* tafel-template.c: built-in traject templates, stored as data in the resources */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "tafel-core-resources.h"
#include "tafel-error.h"
#include "tafel-template.h"
#include "tafel-traject-setup.h"

#define TEMPLATE_DIR RESOURCE_BASE "/templates/"
#define VRAAGBLOKKEN_FILE "vraagblokken.xml"

typedef struct {
  char *column;
  char *value;
} Aspect;

typedef struct {
  char      *name;
  char      *inkoopniveau;
  char      *productcode;
  GPtrArray *aspects;     /* Aspect */
} TemplateDeelproduct;

typedef struct {
  char      *name;
  char      *abbreviation;
  GPtrArray *deelproducten;
} TemplateGroup;

typedef struct {
  char *title;
  char *questions;
} TemplateBlock;

struct _TafelTemplate
{
  gatomicrefcount ref_count;
  char      *id;
  int        order;
  char      *name;
  char      *description;
  char      *perceel;
  char      *uitvoeringsvariant;
  GPtrArray *groups;       /* TemplateGroup */
  GPtrArray *blocks;       /* TemplateBlock */
};

static void
aspect_free (gpointer data)
{
  Aspect *a = data;

  g_free (a->column);
  g_free (a->value);
  g_free (a);
}

static void
deelproduct_free (gpointer data)
{
  TemplateDeelproduct *d = data;

  g_free (d->name);
  g_free (d->inkoopniveau);
  g_free (d->productcode);
  g_ptr_array_unref (d->aspects);
  g_free (d);
}

static void
group_free (gpointer data)
{
  TemplateGroup *g = data;

  g_free (g->name);
  g_free (g->abbreviation);
  g_ptr_array_unref (g->deelproducten);
  g_free (g);
}

static void
block_free (gpointer data)
{
  TemplateBlock *b = data;

  g_free (b->title);
  g_free (b->questions);
  g_free (b);
}

TafelTemplate *
tafel_template_ref (TafelTemplate *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
tafel_template_unref (TafelTemplate *self)
{
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->id);
  g_free (self->name);
  g_free (self->description);
  g_free (self->perceel);
  g_free (self->uitvoeringsvariant);
  g_ptr_array_unref (self->groups);
  g_ptr_array_unref (self->blocks);
  g_free (self);
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && strcmp ((const char *) node->name, name) == 0;
}

static char *
dup_prop (xmlNode    *node,
          const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy = value ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);
  return copy;
}

/* Element text, stripped, translated when the element says so. */
static char *
dup_content (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  g_autofree char *translatable = dup_prop (node, "translatable");
  char *text = g_strstrip (g_strdup (content ? (const char *) content : ""));

  xmlFree (content);

  if (g_strcmp0 (translatable, "yes") == 0 && *text != '\0')
    {
      char *translated = g_strdup (_(text));
      g_free (text);
      return translated;
    }

  return text;
}

static xmlDoc *
read_xml (const char *id,
          const char *xml,
          gsize       length,
          GError    **error)
{
  xmlDoc *doc;

  if (length > G_MAXINT)
    length = G_MAXINT;

  doc = xmlReadMemory (xml, (int) length, id, "UTF-8",
                       XML_PARSE_NONET | XML_PARSE_NOBLANKS | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL || xmlDocGetRootElement (doc) == NULL || doc->intSubset != NULL)
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_TEMPLATE,
                   _("The template “%s” cannot be read: it is not well-formed XML."), id);
      if (doc != NULL)
        xmlFreeDoc (doc);
      return NULL;
    }

  return doc;
}

static GBytes *
lookup_resource (const char *file,
                 GError    **error)
{
  g_autofree char *path = g_strconcat (TEMPLATE_DIR, file, NULL);

  return g_resource_lookup_data (tafel_core_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}

static GPtrArray *
load_standard_blocks (GError **error)
{
  g_autoptr(GBytes) bytes = lookup_resource (VRAAGBLOKKEN_FILE, error);
  g_autoptr(GPtrArray) blocks = NULL;
  xmlDoc *doc;

  if (bytes == NULL)
    return NULL;

  doc = read_xml (VRAAGBLOKKEN_FILE, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error);
  if (doc == NULL)
    return NULL;

  blocks = g_ptr_array_new_with_free_func (block_free);
  for (xmlNode *n = xmlDocGetRootElement (doc)->children; n != NULL; n = n->next)
    {
      if (is_element (n, "vraagblok"))
        {
          TemplateBlock *b = g_new0 (TemplateBlock, 1);

          b->title = dup_prop (n, "title");
          b->questions = dup_content (n);
          g_ptr_array_add (blocks, b);
        }
    }
  xmlFreeDoc (doc);

  return g_steal_pointer (&blocks);
}

static gboolean
parse_deelproduct (TafelTemplate *self,
                   TemplateGroup *group,
                   xmlNode       *node,
                   GError       **error)
{
  TemplateDeelproduct *d = g_new0 (TemplateDeelproduct, 1);

  d->name = dup_prop (node, "name");
  d->inkoopniveau = dup_prop (node, "inkoopniveau");
  d->productcode = dup_prop (node, "productcode");
  d->aspects = g_ptr_array_new_with_free_func (aspect_free);
  g_ptr_array_add (group->deelproducten, d);

  if (d->name == NULL || *d->name == '\0')
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_TEMPLATE,
                   _("The template “%s” has a deelproduct without a name."), self->id);
      return FALSE;
    }

  if (d->inkoopniveau != NULL && tafel_choice_intern (tafel_inkoopniveaus, d->inkoopniveau) == NULL)
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_TEMPLATE,
                   _("The template “%s” gives deelproduct “%s” the unknown inkoopniveau “%s”."),
                   self->id, d->name, d->inkoopniveau);
      return FALSE;
    }

  for (xmlNode *n = node->children; n != NULL; n = n->next)
    {
      Aspect *a;

      if (n->type != XML_ELEMENT_NODE)
        continue;

      a = g_new0 (Aspect, 1);
      a->column = g_strdup ((const char *) n->name);
      a->value = dup_content (n);
      g_ptr_array_add (d->aspects, a);
    }

  return TRUE;
}

static void
take_str (char **slot,
          char  *value)
{
  g_free (*slot);
  *slot = value;
}

/* Parses one template document. Public so that tests can feed it broken
 * input; the built-in ones come from tafel_template_load(). */
TafelTemplate *
tafel_template_parse (const char *id,
                      const char *xml,
                      gsize       length,
                      GError    **error)
{
  g_autoptr(TafelTemplate) self = g_new0 (TafelTemplate, 1);
  g_autofree char *order = NULL;
  xmlDoc *doc;
  xmlNode *root;
  gboolean ok = TRUE;

  g_atomic_ref_count_init (&self->ref_count);
  self->id = g_strdup (id);
  self->groups = g_ptr_array_new_with_free_func (group_free);
  self->blocks = load_standard_blocks (error);
  if (self->blocks == NULL)
    return NULL;

  doc = read_xml (id, xml, length, error);
  if (doc == NULL)
    return NULL;

  root = xmlDocGetRootElement (doc);
  if (!is_element (root, "template"))
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_TEMPLATE,
                   _("The template “%s” cannot be read: it is not a traject template."), id);
      xmlFreeDoc (doc);
      return NULL;
    }

  order = dup_prop (root, "order");
  self->order = order ? atoi (order) : 50;

  for (xmlNode *n = root->children; n != NULL && ok; n = n->next)
    {
      if (is_element (n, "name"))
        take_str (&self->name, dup_content (n));
      else if (is_element (n, "description"))
        take_str (&self->description, dup_content (n));
      else if (is_element (n, "perceel"))
        take_str (&self->perceel, dup_content (n));
      else if (is_element (n, "uitvoeringsvariant"))
        take_str (&self->uitvoeringsvariant, dup_content (n));
      else if (is_element (n, "productgroep"))
        {
          TemplateGroup *g = g_new0 (TemplateGroup, 1);

          g->name = dup_prop (n, "name");
          g->abbreviation = dup_prop (n, "abbreviation");
          g->deelproducten = g_ptr_array_new_with_free_func (deelproduct_free);
          g_ptr_array_add (self->groups, g);

          if (g->name == NULL || *g->name == '\0')
            {
              g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_TEMPLATE,
                           _("The template “%s” has a product group without a name."), id);
              ok = FALSE;
            }

          for (xmlNode *c = n->children; c != NULL && ok; c = c->next)
            if (is_element (c, "deelproduct"))
              ok = parse_deelproduct (self, g, c, error);
        }
    }

  xmlFreeDoc (doc);

  if (!ok)
    return NULL;

  if (self->name == NULL || *self->name == '\0')
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_TEMPLATE,
                   _("The template “%s” has no name."), id);
      return NULL;
    }

  if (self->uitvoeringsvariant != NULL &&
      tafel_choice_intern (tafel_uitvoeringsvarianten, self->uitvoeringsvariant) == NULL)
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_TEMPLATE,
                   _("The template “%s” has the unknown uitvoeringsvariant “%s”."),
                   id, self->uitvoeringsvariant);
      return NULL;
    }

  return g_steal_pointer (&self);
}

TafelTemplate *
tafel_template_load (const char *id,
                     GError    **error)
{
  g_autofree char *file = g_strconcat (id, ".xml", NULL);
  g_autoptr(GBytes) bytes = NULL;

  if (g_str_equal (file, VRAAGBLOKKEN_FILE) || strchr (id, '/') != NULL)
    bytes = NULL;
  else
    bytes = lookup_resource (file, NULL);

  if (bytes == NULL)
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_TEMPLATE,
                   _("There is no template “%s”."), id);
      return NULL;
    }

  return tafel_template_parse (id, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error);
}

static int
compare_templates (gconstpointer a,
                   gconstpointer b)
{
  const TafelTemplate *ta = *(TafelTemplate * const *) a;
  const TafelTemplate *tb = *(TafelTemplate * const *) b;

  if (ta->order != tb->order)
    return ta->order < tb->order ? -1 : 1;

  return g_utf8_collate (ta->name, tb->name);
}

/* Every built-in template, in the order they are offered. */
GPtrArray *
tafel_template_list_all (GError **error)
{
  g_auto(GStrv) files = g_resource_enumerate_children (tafel_core_get_resource (), TEMPLATE_DIR,
                                                       G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  g_autoptr(GPtrArray) templates = NULL;

  if (files == NULL)
    return NULL;

  templates = g_ptr_array_new_with_free_func ((GDestroyNotify) tafel_template_unref);

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autofree char *id = NULL;
      TafelTemplate *t;

      if (!g_str_has_suffix (files[i], ".xml") || g_str_equal (files[i], VRAAGBLOKKEN_FILE))
        continue;

      id = g_strndup (files[i], strlen (files[i]) - 4);
      t = tafel_template_load (id, error);
      if (t == NULL)
        return NULL;
      g_ptr_array_add (templates, t);
    }

  g_ptr_array_sort (templates, compare_templates);
  return g_steal_pointer (&templates);
}

const char *
tafel_template_get_id (TafelTemplate *self)
{
  return self->id;
}

const char *
tafel_template_get_name (TafelTemplate *self)
{
  return self->name;
}

const char *
tafel_template_get_description (TafelTemplate *self)
{
  return self->description ? self->description : "";
}

const char *
tafel_template_get_perceel (TafelTemplate *self)
{
  return self->perceel ? self->perceel : "";
}

guint
tafel_template_get_n_groups (TafelTemplate *self)
{
  return self->groups->len;
}

guint
tafel_template_get_n_deelproducten (TafelTemplate *self)
{
  guint n = 0;

  for (guint i = 0; i < self->groups->len; i++)
    n += ((TemplateGroup *) g_ptr_array_index (self->groups, i))->deelproducten->len;

  return n;
}

guint
tafel_template_get_n_vraagblokken (TafelTemplate *self)
{
  return self->blocks->len;
}

static gboolean
insert_deelproduct (TafelStore          *store,
                    gint64               traject_id,
                    gint64               group_id,
                    TemplateDeelproduct *d,
                    GError             **error)
{
  g_autoptr(TafelDeelproduct) dp = tafel_deelproduct_new (traject_id);
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();

  g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);

  g_object_set (dp, "name", d->name, "productgroep-id", group_id, NULL);
  if (d->inkoopniveau != NULL)
    g_object_set (dp, "inkoopniveau", d->inkoopniveau, NULL);
  if (d->productcode != NULL)
    g_object_set (dp, "productcode", d->productcode, NULL);

  for (guint i = 0; i < d->aspects->len; i++)
    {
      Aspect *a = g_ptr_array_index (d->aspects, i);
      const TafelField *f = tafel_table_find_field (tafel_entity_get_table (TAFEL_ENTITY (dp)), a->column);

      if (f == NULL || f->type != TAFEL_FIELD_LONG_TEXT)
        {
          g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_TEMPLATE,
                       _("The template gives deelproduct “%s” the unknown aspect “%s”."),
                       d->name, a->column);
          return FALSE;
        }
      g_object_set (dp, f->column, a->value, NULL);
    }

  return tafel_store_insert (store, dp, error);
}

/* Creates a traject named @name with the template's product structure,
 * question blocks and a first session, all in one transaction. */
TafelTraject *
tafel_template_instantiate (TafelTemplate *self,
                            TafelStore    *store,
                            const char    *name,
                            const char    *region,
                            GError       **error)
{
  g_autoptr(TafelTraject) traject = tafel_traject_new ();
  g_autoptr(TafelSessie) sessie = NULL;
  gint64 traject_id;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (TAFEL_IS_STORE (store), NULL);

  g_object_set (traject,
                "name", name,
                "region", region ? region : "",
                "perceel", tafel_template_get_perceel (self),
                "template", self->id,
                NULL);
  if (self->uitvoeringsvariant != NULL)
    g_object_set (traject, "uitvoeringsvariant", self->uitvoeringsvariant, NULL);

  if (!tafel_store_begin_batch (store, error))
    return NULL;

  if (!tafel_store_insert (store, traject, error))
    goto fail;
  traject_id = tafel_entity_get_id (TAFEL_ENTITY (traject));

  for (guint i = 0; i < self->blocks->len; i++)
    {
      TemplateBlock *b = g_ptr_array_index (self->blocks, i);
      g_autoptr(TafelVraagblok) block = tafel_vraagblok_new (traject_id);

      g_object_set (block, "title", b->title, "questions", b->questions, NULL);
      if (!tafel_store_insert (store, block, error))
        goto fail;
    }

  for (guint i = 0; i < self->groups->len; i++)
    {
      TemplateGroup *g = g_ptr_array_index (self->groups, i);
      g_autoptr(TafelProductgroep) group = tafel_productgroep_new (traject_id);

      g_object_set (group, "name", g->name, "abbreviation", g->abbreviation ? g->abbreviation : "", NULL);
      if (!tafel_store_insert (store, group, error))
        goto fail;

      for (guint j = 0; j < g->deelproducten->len; j++)
        if (!insert_deelproduct (store, traject_id, tafel_entity_get_id (TAFEL_ENTITY (group)),
                                 g_ptr_array_index (g->deelproducten, j), error))
          goto fail;
    }

  sessie = tafel_traject_add_sessie (store, traject_id, error);
  if (sessie == NULL)
    goto fail;

  if (!tafel_traject_add_tarief_defaults (store, traject_id, error) ||
      !tafel_traject_add_kwaliteitseisen (store, traject_id, error))
    goto fail;

  if (!tafel_store_commit_batch (store, error))
    return NULL;

  return g_steal_pointer (&traject);

fail:
  tafel_store_rollback_batch (store);
  return NULL;
}
