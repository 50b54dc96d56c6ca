# source: lync-facts.md 1.13 (Invoke-CsPoolFailOver is Lync 2013+, absent from the 2010 shell; trainee question 11) with the 5.1 CommandNotFound text of powershell-semantics.md 5; the issue for the Lync cmdlets asks for a one-line note that the cmdlet arrived in Lync Server 2013, printed after the record
Invoke-CsPoolFailOver -PoolFqdn ls14pool.beta.deitterick.com
