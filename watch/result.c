//
// Reading one result file of the verification terminal and deciding which
// notices it calls for.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// The file's layout is known only from open-source readers of it, not from
// the (non-public) specification:
//
//   XmlMsg/MessageHeader/SegmentOfResult         1 = normal end; anything
//                                                else is no result
//   XmlMsg/MessageBody/QualificationValidity     a single or face-reader result
//   XmlMsg/MessageBody/BulkConfirmUnit/QualificationValidity
//                                                one per unit of a bulk result
//
// Which values print which notice is configuration (the trigger list) mapped
// through the filter's own code table.  The file also holds the patient's
// personal data: nothing but the validity values leaves this module, and a
// value is only passed on for logging when it is one to three ASCII digits.
//
// libxml2 reads the file from memory with no network access, no DTD loading
// or default attributes and no entity substitution; a document type
// declaration stops the parser as soon as it is seen, so that no entity
// declaration is ever read.  libxml2's own messages quote the document and
// are never shown.
//

#include "result.h"
#include <string.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>


//
// Local constants...
//

#define TEXT_MAX	32		// Longest element text looked at, in bytes


//
// Local types...
//

typedef struct parse_data_s		// What the SAX hooks record
{
  bool		has_dtd;		// Did a document type declaration appear?
} parse_data_t;


//
// Local functions...
//

static const xmlNode *child_element(const xmlNode *parent, const char *name);
static void	count_value(const xmlNode *node, const watch_triggers_t *triggers, watch_result_t *result);
static bool	element_text(const xmlNode *node, char *buffer, size_t bufsize);
static bool	is_short_number(const char *value);
static xmlDocPtr read_document(const char *bytes, size_t length, watch_status_t *status);
static void	refuse_subset(void *ctx, const xmlChar *name, const xmlChar *external_id, const xmlChar *system_id);
static void	silent_error(void *data, const xmlError *error);
static void	silent_generic(void *data, const char *message, ...);


//
// 'watchResultParse()' - Parse a result file and decide what it calls for.
//

watch_status_t				// O - What the file is
watchResultParse(
    const char             *bytes,	// I - File contents
    size_t                 length,	// I - Length in bytes
    const watch_triggers_t *triggers,	// I - Values that print a notice
    watch_result_t         *result)	// O - What the file calls for
{
  xmlDocPtr		doc;		// Document, when well-formed
  const xmlNode		*root,		// XmlMsg
			*header,	// MessageHeader
			*body,		// MessageBody
			*node;		// Current node
  char			text[TEXT_MAX];	// Element text


  if (!result)
    return (WATCH_STATUS_NO_MEMORY);

  memset(result, 0, sizeof(watch_result_t));

  if (!bytes || !triggers)
    return (result->status = WATCH_STATUS_NOT_RESULT);

  if (length > WATCH_RESULT_MAX_BYTES)
    return (result->status = WATCH_STATUS_TOO_LARGE);

  if (length == 0)
    return (result->status = WATCH_STATUS_MALFORMED);

  if ((doc = read_document(bytes, length, &result->status)) == NULL)
    return (result->status);

  // XmlMsg, its header's SegmentOfResult, its body's validity values...
  root = xmlDocGetRootElement(doc);
  if (!root || strcmp((const char *)root->name, "XmlMsg"))
  {
    xmlFreeDoc(doc);
    return (result->status = WATCH_STATUS_NOT_RESULT);
  }

  header = child_element(root, "MessageHeader");
  node   = header ? child_element(header, "SegmentOfResult") : NULL;

  if (!node || !element_text(node, text, sizeof(text)) || strcmp(text, "1"))
  {
    xmlFreeDoc(doc);
    return (result->status = WATCH_STATUS_NOT_NORMAL);
  }

  if ((body = child_element(root, "MessageBody")) != NULL)
  {
    for (node = body->children; node; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;

      if (!strcmp((const char *)node->name, "QualificationValidity"))
      {
        count_value(node, triggers, result);
      }
      else if (!strcmp((const char *)node->name, "BulkConfirmUnit"))
      {
        const xmlNode *value;		// Validity of this unit

        for (value = node->children; value; value = value->next)
        {
          if (value->type == XML_ELEMENT_NODE && !strcmp((const char *)value->name, "QualificationValidity"))
            count_value(value, triggers, result);
        }
      }
    }
  }

  xmlFreeDoc(doc);

  return (result->status = WATCH_STATUS_RESULT);
}


//
// 'watchResultNotices()' - Count the notices a result calls for.
//

size_t					// O - Number of notices
watchResultNotices(
    const watch_result_t *result)	// I - Result
{
  size_t	count = 0,		// Number of notices
		i;			// Looping var


  if (!result || result->status != WATCH_STATUS_RESULT)
    return (0);

  for (i = 0; i < NOTICE_STATUS_COUNT; i ++)
    count += result->notices[i];

  return (count);
}


//
// 'watchStatusString()' - Say in a few words what a file turned out to be,
//                          in the language of the messages.
//

const char *				// O - Description
watchStatusString(
    watch_status_t status)		// I - Status
{
  switch (status)
  {
    case WATCH_STATUS_RESULT :
        return (_("result"));
    case WATCH_STATUS_NOT_NORMAL :
        return (_("not a normal end (SegmentOfResult is not 1)"));
    case WATCH_STATUS_MALFORMED :
        return (_("not well-formed XML"));
    case WATCH_STATUS_DTD :
        return (_("has a document type declaration (DTD)"));
    case WATCH_STATUS_NOT_RESULT :
        return (_("not a result file (no XmlMsg)"));
    case WATCH_STATUS_TOO_LARGE :
        return (_("larger than 4 MiB (not read)"));
    case WATCH_STATUS_NO_MEMORY :
        return (_("out of memory"));
  }

  return (_("unknown"));
}


//
// 'watchTriggersParse()' - Parse a comma-separated list of trigger values.
//
// Each value must be a spelling of codes.txt that prints a notice (such as
// "2" or "4"); values are separated by commas or white space.
//

bool					// O - `true` on success
watchTriggersParse(
    const char               *list,	// I - Values, e.g. "2,4"
    const notice_codes_t     *codes,	// I - Code table
    watch_triggers_t         *triggers,	// O - Parsed values
    const notice_callbacks_t *cb)	// I - Callbacks for messages
{
  const char		*start,		// Start of value
			*end;		// End of value
  size_t		len,		// Length of value
			i;		// Looping var
  notice_jobcode_t	jobcode;	// What the value means


  if (!triggers)
    return (false);

  memset(triggers, 0, sizeof(watch_triggers_t));

  if (!list || !codes)
    return (false);

  for (start = list; *start;)
  {
    // Skip separators, then find the end of the value...
    while (*start == ',' || *start == ' ' || *start == '\t')
      start ++;

    if (!*start)
      break;

    for (end = start; *end && *end != ',' && *end != ' ' && *end != '\t'; end ++);

    len = (size_t)(end - start);

    if (len >= WATCH_VALUE_MAX)
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "Trigger value \"%.*s\" is too long.", (int)len, start);
      return (false);
    }

    if (triggers->count >= WATCH_TRIGGERS_MAX)
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "More than %d trigger values.", WATCH_TRIGGERS_MAX);
      return (false);
    }

    // It must be a value that prints a notice, per codes.txt...
    if (noticeCodesLookup(codes, start, len, &jobcode) != NOTICE_LOOKUP_FOUND)
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "Trigger value \"%.*s\" prints no notice according to codes.txt.", (int)len, start);
      return (false);
    }

    for (i = 0; i < triggers->count; i ++)
    {
      if (strlen(triggers->items[i].value) == len && !memcmp(triggers->items[i].value, start, len))
        break;
    }

    if (i == triggers->count)
    {
      memcpy(triggers->items[i].value, start, len);
      triggers->items[i].value[len] = '\0';
      triggers->items[i].status     = jobcode.status;
      triggers->count ++;
    }

    start = end;
  }

  if (triggers->count == 0)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "The trigger list is empty.");
    return (false);
  }

  return (true);
}


//
// 'child_element()' - Find the first child element with a name.
//

static const xmlNode *			// O - Element or NULL
child_element(const xmlNode *parent,	// I - Parent element
              const char    *name)	// I - Local name
{
  const xmlNode	*node;			// Current child


  for (node = parent->children; node; node = node->next)
  {
    if (node->type == XML_ELEMENT_NODE && !strcmp((const char *)node->name, name))
      return (node);
  }

  return (NULL);
}


//
// 'count_value()' - Count one QualificationValidity element.
//

static void
count_value(
    const xmlNode          *node,	// I - QualificationValidity element
    const watch_triggers_t *triggers,	// I - Values that print a notice
    watch_result_t         *result)	// IO - Counts
{
  char		text[TEXT_MAX];		// Value
  size_t	i;			// Looping var
  bool		known;			// Is the value short enough to compare?


  known = element_text(node, text, sizeof(text));

  if (result->units == 0 && known && is_short_number(text))
    memcpy(result->value, text, strlen(text) + 1);

  result->units ++;

  for (i = 0; known && i < triggers->count; i ++)
  {
    if (!strcmp(text, triggers->items[i].value))
    {
      result->notices[triggers->items[i].status] ++;
      return;
    }
  }

  result->silent ++;
}


//
// 'element_text()' - Get an element's text, without surrounding white space.
//
// Only text and character-reference children count; text longer than the
// buffer is no value this module knows and gives `false`.
//

static bool				// O - `true` if it fits
element_text(const xmlNode *node,	// I - Element
             char          *buffer,	// O - Text
             size_t        bufsize)	// I - Size of buffer
{
  const xmlNode	*child;			// Current child
  size_t	length = 0,		// Length so far
		len;			// Length of this piece
  char		*start,			// First non-blank byte
		*end;			// After the last non-blank byte


  buffer[0] = '\0';

  for (child = node->children; child; child = child->next)
  {
    if (child->type != XML_TEXT_NODE || !child->content)
      continue;

    len = strlen((const char *)child->content);
    if (length + len >= bufsize)
      return (false);

    memcpy(buffer + length, child->content, len);
    length += len;
  }

  buffer[length] = '\0';

  for (start = buffer; *start == ' ' || *start == '\t' || *start == '\r' || *start == '\n'; start ++);
  for (end = start + strlen(start); end > start && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r' || end[-1] == '\n'); end --);

  *end = '\0';
  memmove(buffer, start, (size_t)(end - start) + 1);

  return (true);
}


//
// 'is_short_number()' - Is a value one to three ASCII digits?
//

static bool				// O - `true` if so
is_short_number(const char *value)	// I - Value
{
  size_t	i;			// Looping var


  for (i = 0; value[i]; i ++)
  {
    if (value[i] < '0' || value[i] > '9' || i >= 3)
      return (false);
  }

  return (i > 0);
}


//
// 'read_document()' - Parse the file with libxml2, refusing a DTD.
//
// libxml2 reads from memory with no network access and stops at a document
// type declaration; its messages are dropped.  The caller frees the document
// with xmlFreeDoc().
//

static xmlDocPtr			// O - Document, or NULL with "status" set
read_document(const char     *bytes,	// I - File contents
              size_t         length,	// I - Length in bytes (1 to WATCH_RESULT_MAX_BYTES)
              watch_status_t *status)	// O - Why there is no document
{
  xmlParserCtxtPtr	ctxt;		// Parser context
  xmlDocPtr		doc;		// Document, when well-formed
  parse_data_t		data;		// What the SAX hooks saw
  bool			well_formed;	// Did the document parse?


  // libxml2 writes parse errors, which quote the document, to stderr unless
  // told otherwise: silence every channel...
  xmlSetGenericErrorFunc(NULL, silent_generic);
  xmlSetStructuredErrorFunc(NULL, (xmlStructuredErrorFunc)silent_error);

  if ((ctxt = xmlCreateMemoryParserCtxt(bytes, (int)length)) == NULL)
  {
    *status = WATCH_STATUS_NO_MEMORY;
    return (NULL);
  }

  xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);

  memset(&data, 0, sizeof(data));
  ctxt->_private            = &data;
  ctxt->sax->internalSubset = refuse_subset;
  ctxt->sax->externalSubset = refuse_subset;
  ctxt->sax->serror         = (xmlStructuredErrorFunc)silent_error;
  ctxt->sax->error          = silent_generic;
  ctxt->sax->warning        = silent_generic;
  ctxt->sax->fatalError     = silent_generic;
  ctxt->sax->initialized    = XML_SAX2_MAGIC;

  xmlParseDocument(ctxt);

  well_formed = ctxt->wellFormed != 0;
  doc         = ctxt->myDoc;
  ctxt->myDoc = NULL;
  xmlFreeParserCtxt(ctxt);

  if (data.has_dtd || (doc && (doc->intSubset || doc->extSubset)))
  {
    xmlFreeDoc(doc);
    *status = WATCH_STATUS_DTD;
    return (NULL);
  }

  if (!well_formed || !doc)
  {
    xmlFreeDoc(doc);
    *status = WATCH_STATUS_MALFORMED;
    return (NULL);
  }

  return (doc);
}


//
// 'refuse_subset()' - Stop the parser at a document type declaration.
//

static void
refuse_subset(
    void          *ctx,			// I - Parser context
    const xmlChar *name,		// I - Root element name (unused)
    const xmlChar *external_id,		// I - Public identifier (unused)
    const xmlChar *system_id)		// I - System identifier (unused)
{
  xmlParserCtxtPtr	ctxt = (xmlParserCtxtPtr)ctx;
					// Parser context


  (void)name;
  (void)external_id;
  (void)system_id;

  ((parse_data_t *)ctxt->_private)->has_dtd = true;
  xmlStopParser(ctxt);
}


//
// 'silent_error()' - Drop a structured libxml2 error: it may quote the file.
//

static void
silent_error(void           *data,	// I - Unused
             const xmlError *error)	// I - Unused
{
  (void)data;
  (void)error;
}


//
// 'silent_generic()' - Drop a libxml2 message: it may quote the file.
//

static void
silent_generic(void       *data,	// I - Unused
               const char *message,	// I - Unused
               ...)			// I - Unused
{
  (void)data;
  (void)message;
}
