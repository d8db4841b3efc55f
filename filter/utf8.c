//
// UTF-8 decoding and validation for onshi-notice.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#include "utf8.h"


//
// 'noticeUTF8Decode()' - Decode one character and advance past it.
//
// Strict: overlong forms, surrogates and values above U+10FFFF are errors.
// On error the pointer is left where it was.
//

long					// O  - Code point or -1 on error
noticeUTF8Decode(const char **ptr,	// IO - Pointer into text
                 const char *end)	// I  - End of text
{
  const unsigned char	*s;		// Bytes of the character
  long			ch;		// Code point
  size_t		count,		// Continuation bytes expected
			i;		// Looping var
  long			minimum;	// Smallest value for this length


  if (!ptr || !*ptr || *ptr >= end)
    return (-1);

  s = (const unsigned char *)*ptr;

  if (s[0] < 0x80)
  {
    (*ptr) ++;
    return (s[0]);
  }
  else if ((s[0] & 0xe0) == 0xc0)
  {
    ch      = s[0] & 0x1f;
    count   = 1;
    minimum = 0x80;
  }
  else if ((s[0] & 0xf0) == 0xe0)
  {
    ch      = s[0] & 0x0f;
    count   = 2;
    minimum = 0x800;
  }
  else if ((s[0] & 0xf8) == 0xf0)
  {
    ch      = s[0] & 0x07;
    count   = 3;
    minimum = 0x10000;
  }
  else
    return (-1);

  if ((size_t)(end - *ptr) <= count)
    return (-1);

  for (i = 1; i <= count; i ++)
  {
    if ((s[i] & 0xc0) != 0x80)
      return (-1);

    ch = (ch << 6) | (s[i] & 0x3f);
  }

  if (ch < minimum || ch > 0x10ffff || (ch >= 0xd800 && ch <= 0xdfff))
    return (-1);

  *ptr += count + 1;

  return (ch);
}


//
// 'noticeUTF8Encode()' - Encode one character as UTF-8.
//
// Returns 0, writing nothing, for an invalid character or a buffer too small.
//

size_t					// O - Bytes written
noticeUTF8Encode(long   ch,		// I - Code point
                 char   *buffer,	// O - Buffer
                 size_t bufsize)	// I - Size of buffer
{
  unsigned char	*out = (unsigned char *)buffer;
					// Output bytes


  if (ch < 0 || ch > 0x10ffff || (ch >= 0xd800 && ch <= 0xdfff) || !buffer)
    return (0);

  if (ch < 0x80 && bufsize >= 1)
  {
    out[0] = (unsigned char)ch;
    return (1);
  }
  else if (ch < 0x800 && bufsize >= 2)
  {
    out[0] = (unsigned char)(0xc0 | (ch >> 6));
    out[1] = (unsigned char)(0x80 | (ch & 0x3f));
    return (2);
  }
  else if (ch >= 0x800 && ch < 0x10000 && bufsize >= 3)
  {
    out[0] = (unsigned char)(0xe0 | (ch >> 12));
    out[1] = (unsigned char)(0x80 | ((ch >> 6) & 0x3f));
    out[2] = (unsigned char)(0x80 | (ch & 0x3f));
    return (3);
  }
  else if (ch >= 0x10000 && bufsize >= 4)
  {
    out[0] = (unsigned char)(0xf0 | (ch >> 18));
    out[1] = (unsigned char)(0x80 | ((ch >> 12) & 0x3f));
    out[2] = (unsigned char)(0x80 | ((ch >> 6) & 0x3f));
    out[3] = (unsigned char)(0x80 | (ch & 0x3f));
    return (4);
  }

  return (0);
}


//
// 'noticeUTF8IsValid()' - Tell whether text is valid UTF-8 without NUL bytes.
//

bool					// O - `true` if valid
noticeUTF8IsValid(const char *text,	// I - Text
                  size_t     length)	// I - Length in bytes
{
  const char	*ptr,			// Pointer into text
		*end;			// End of text
  long		ch;			// Current character


  if (!text)
    return (false);

  for (ptr = text, end = text + length; ptr < end;)
  {
    if ((ch = noticeUTF8Decode(&ptr, end)) <= 0)
      return (false);
  }

  return (true);
}
