/* The C half of a mixed build: upper-cases a request in place. */
int handle(char *buf, int n)
{
	for (int i = 0; i < n && i < 64; i++)
		if (buf[i] >= 'a' && buf[i] <= 'z')
			buf[i] -= 'a' - 'A';
	return n;
}
