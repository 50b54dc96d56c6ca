# source: reference/powershell-semantics.md 6 corrections (5.1 NormalView: CategoryInfo/ErrorId text cut into 114-character pieces each prefixed by four spaces, then every line longer than 119 word-wrapped; target names over 40 characters shortened to 15 + ... + 15)
$m = 'The backup registrar pool beta-ls14-se2.beta.deitterick.com did not answer the REGISTER request in time'
throw $m
